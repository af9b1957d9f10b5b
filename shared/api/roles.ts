// The roles of DOMAIN.md; a user may hold several.
export const ROLES = [
  'agent',
  'seat_manager',
  'info_manager',
  'dept_manager',
  'technician',
  'inventory_clerk',
  'supervisor',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
