import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../api/roles';
import { arrivalOnBehalfOf, mayRecordArrival } from './arrival';

const request = { ownerId: 7, departmentId: 3 };
const user = (roles: Role[], id = 9, departmentId: number | null = null) => ({ id, roles, departmentId });

describe('who may record an arrival on site', () => {
  it('the desk records anyone’s, on behalf of the owner', () => {
    for (const role of ['agent', 'seat_manager', 'supervisor'] as const) expect(mayRecordArrival(user([role]), request), role).toBe(true);
    expect(arrivalOnBehalfOf(9, request)).toBe(7);
    expect(arrivalOnBehalfOf(7, request)).toBeNull();
    expect(arrivalOnBehalfOf(9, { ownerId: null, departmentId: 3 })).toBeNull();
  });

  it('a technician only on the requests he owns', () => {
    expect(mayRecordArrival(user(['technician'], 7), request)).toBe(true);
    expect(mayRecordArrival(user(['technician'], 8, 3), request)).toBe(false);
    expect(mayRecordArrival(user(['technician'], 8), { ownerId: null, departmentId: null })).toBe(false);
  });

  it('a department manager on his own requests and those of his department', () => {
    expect(mayRecordArrival(user(['dept_manager'], 7), request)).toBe(true);
    expect(mayRecordArrival(user(['dept_manager'], 8, 3), request)).toBe(true);
    expect(mayRecordArrival(user(['dept_manager'], 8, 4), request)).toBe(false);
  });

  it('nobody else, whatever the request', () => {
    const others = ROLES.filter((r) => !['agent', 'seat_manager', 'supervisor', 'technician', 'dept_manager'].includes(r));
    for (const role of others) expect(mayRecordArrival(user([role], 7, 3), request), role).toBe(false);
  });
});
