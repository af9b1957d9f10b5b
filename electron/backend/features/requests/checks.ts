// The people and departments a request is given to must exist and be active (and be the center's own departments:
// the higher-level office is a routing target for complaint forms, not a department that works requests).
import type { HandlerContext } from '../../context';
import { sql } from '../../db/connection';
import { fieldInvalid } from '../../lib/errors';
import { checkWorkingDepartment } from '../../records/links';

export function checkOwnActiveDepartment(ctx: HandlerContext, id: number | null | undefined, path = 'departmentId'): void {
  if (id === null || id === undefined) return;
  checkWorkingDepartment(ctx.db, id, path);
}

export function checkOwner(ctx: HandlerContext, id: number | null | undefined, path = 'ownerId'): void {
  if (id === null || id === undefined) return;
  const active = sql(ctx.db, 'SELECT active FROM users WHERE id = ?').pluck().get(id) as number | undefined;
  if (active === undefined) throw fieldInvalid(path, 'validation.unknownOwner', `User ${id} does not exist`);
  if (active !== 1) throw fieldInvalid(path, 'validation.ownerInactive', `User ${id} is inactive`);
}

/** How far ahead of the center's clock a fault may be said to have happened: a minute typed ahead, a clock a little fast. */
export const FAULT_TIME_TOLERANCE_MS = 10 * 60_000;

/**
 * The time a fault happened (发生时间) is told afterwards: later than now (beyond the tolerance) it is a typing
 * mistake, refused on its field. `unchanged` is the time already stored, accepted as it is (an edit of other fields).
 */
export function checkFaultTime(ctx: HandlerContext, occurredAt: number | null | undefined, unchanged: number | null = null): void {
  if (occurredAt === null || occurredAt === undefined || occurredAt === unchanged) return;
  if (occurredAt > ctx.now() + FAULT_TIME_TOLERANCE_MS) {
    throw fieldInvalid('fault.occurredAt', 'validation.faultInFuture', 'The fault cannot have happened later than now');
  }
}
