import type { settingsApi } from '../../../../shared/api/settings';
import type { HandlersOf } from '../../context';
import { staleVersion } from '../../lib/errors';
import { getCenterSettings, updateCenterSettingsColumns } from './repository';

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
        },
        ctx.now(),
      );
      if (!changed) throw staleVersion('The center profile');
      const after = getCenterSettings(ctx.db);
      ctx.audit({ entity: 'settings', entityId: 1, before, after });
      return after;
    }),
} satisfies HandlersOf<typeof settingsApi>;
