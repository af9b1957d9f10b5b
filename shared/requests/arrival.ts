// Who may record that someone arrived on site (到场) for a fault report: a technician for the requests he owns, a
// department manager for his own and his department's, and the desk (agent, seat manager, supervisor) for anyone's,
// on behalf of the owner. One pure rule, used by the back end to refuse and by the request page to offer the button.
import type { Role } from '../api/roles';

/** The desk roles that take calls and record arrivals reported by phone on someone's behalf. */
export const ARRIVAL_ON_BEHALF_ROLES: readonly Role[] = ['agent', 'seat_manager', 'supervisor'];

export interface ArrivalRecorder {
  id: number;
  roles: readonly Role[];
  departmentId: number | null;
}

export interface ArrivalRequest {
  ownerId: number | null;
  departmentId: number | null;
}

export function mayRecordArrival(user: ArrivalRecorder, request: ArrivalRequest): boolean {
  if (user.roles.some((role) => ARRIVAL_ON_BEHALF_ROLES.includes(role))) return true;
  const onSite = user.roles.includes('technician') || user.roles.includes('dept_manager');
  if (onSite && request.ownerId === user.id) return true;
  return user.roles.includes('dept_manager') && request.departmentId !== null && request.departmentId === user.departmentId;
}

/** The owner the arrival is recorded for, when the one recording is somebody else. */
export function arrivalOnBehalfOf(userId: number, request: ArrivalRequest): number | null {
  return request.ownerId !== null && request.ownerId !== userId ? request.ownerId : null;
}
