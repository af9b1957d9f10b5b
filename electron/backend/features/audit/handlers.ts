import type { auditApi, AuditEntry } from '../../../../shared/api/audit';
import { sql } from '../../db/connection';
import type { HandlersOf } from '../../context';
import { verifyArchive } from './verify';

interface AuditListRow {
  id: number;
  at: number;
  user_id: number | null;
  username: string | null;
  method: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export const auditHandlers = {
  'audit.list': (ctx, input) => {
    const limit = input.limit ?? 50;
    const rows = sql(
      ctx.db,
      `SELECT a.id, a.at, a.user_id, u.username, a.method, a.entity, a.entity_id, a.before, a.after
       FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
       WHERE (@userId IS NULL OR a.user_id = @userId)
         AND (@entity IS NULL OR a.entity = @entity)
         AND (@from IS NULL OR a.at >= @from)
         AND (@to IS NULL OR a.at < @to)
         AND (@before IS NULL OR a.id < @before)
       ORDER BY a.id DESC LIMIT @limit`,
    ).all({
      userId: input.userId ?? null,
      entity: input.entity ?? null,
      from: input.from ?? null,
      to: input.to ?? null,
      before: input.before ?? null,
      limit: limit + 1,
    }) as AuditListRow[];
    const page = rows.slice(0, limit);
    const items: AuditEntry[] = page.map((row) => ({
      id: row.id,
      at: row.at,
      userId: row.user_id,
      username: row.username,
      method: row.method,
      entity: row.entity,
      entityId: row.entity_id,
      before: parse(row.before),
      after: parse(row.after),
    }));
    return { items, nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
  },

  'audit.verify': (ctx) => verifyArchive(ctx.db.name, ctx.services.driver, ctx.services.dataDir, ctx.services.audit.key),
} satisfies HandlersOf<typeof auditApi>;
