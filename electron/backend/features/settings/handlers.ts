import type { settingsApi } from '../../../../shared/api/settings';
import type { HandlersOf } from '../../context';
import { staleVersion } from '../../lib/errors';
import { getCenterSettings, sessionPolicyOf, updateCenterSettingsColumns } from './repository';

export const settingsHandlers = {
  'settings.get': (ctx) => getCenterSettings(ctx.db),

  'settings.update': (ctx, input) =>
    ctx.write(() => {
      const before = getCenterSettings(ctx.db);
      const changed = updateCenterSettingsColumns(
        ctx.db,
        input.version,
        {
          ...(input.centerName !== undefined && { center_name: input.centerName }),
          ...(input.hotlineNumbers !== undefined && { hotline_numbers: JSON.stringify(input.hotlineNumbers) }),
          ...(input.timeZone !== undefined && { time_zone: input.timeZone }),
          ...(input.defaultLanguage !== undefined && { default_language: input.defaultLanguage }),
          ...(input.sessionIdleMinutes !== undefined && { session_idle_minutes: input.sessionIdleMinutes }),
          ...(input.sessionBoundToAddress !== undefined && { session_bound_to_address: input.sessionBoundToAddress ? 1 : 0 }),
        },
        ctx.now(),
      );
      if (!changed) throw staleVersion('The center profile');
      const after = getCenterSettings(ctx.db);
      ctx.audit({ entity: 'settings', entityId: 1, before, after });
      ctx.services.sessions.setPolicy(sessionPolicyOf(after));
      return after;
    }),
} satisfies HandlersOf<typeof settingsApi>;
