// Where a unit is in its life (in service, at the factory, replaced, scrapped), changed by the records that move it: a
// replacement notice sends it to the factory and back or records its formal replacement; a scrap record scraps it.
// Audited as every change of the equipment is, with the version bumped so an edit open on the old one is a conflict.
import type { LifecycleState } from '../../../../shared/api/equipment';
import type { HandlerContext } from '../../context';
import { centerToday } from '../../lib/center-time';
import { notFound } from '../../lib/errors';
import { findEquipment, updateEquipmentColumns } from './repository';

/** Sets the unit's lifecycle state inside the caller's write (nothing when it is there already) and audits the change. */
export function setEquipmentLifecycle(ctx: HandlerContext, equipmentId: number, lifecycle: LifecycleState, now: number): void {
  const today = centerToday(ctx.db, now);
  const before = findEquipment(ctx.db, equipmentId, today);
  if (!before) throw notFound('Equipment', equipmentId);
  if (before.lifecycle === lifecycle) return;
  // The version read just now inside the same transaction: nobody can have saved between.
  updateEquipmentColumns(ctx.db, equipmentId, before.version, { lifecycle }, now);
  const after = findEquipment(ctx.db, equipmentId, today)!;
  ctx.audit({ entity: 'equipment', entityId: equipmentId, before, after });
}
