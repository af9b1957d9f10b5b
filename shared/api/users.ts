import { z } from 'zod';
import { method } from './define';
import { idSchema, nameSchema, passwordSchema, usernameSchema, versionSchema, type Language } from './common';
import { ROLES, type Role } from './roles';

/** What colleagues see of each other: no username, sign-in state or history. */
export interface Colleague {
  id: number;
  displayName: string;
  roles: Role[];
  departmentId: number | null;
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  departmentId: number | null;
  active: boolean;
  language: Language | null;
  /** Epoch ms until which sign-in is refused after too many failures; null when not locked. */
  lockedUntil: number | null;
  lastLoginAt: number | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

export const rolesSchema = z
  .array(z.enum(ROLES))
  .min(1)
  .max(ROLES.length)
  .refine((roles) => new Set(roles).size === roles.length, { message: 'validation.duplicateRoles' });

export const usersApi = {
  'users.list': method<{ items: User[] }>()({
    summary: 'All users (inactive ones too when asked), by username.',
    input: z.strictObject({ includeInactive: z.boolean().optional() }),
    access: ['admin'],
    kind: 'read',
  }),
  'users.directory': method<{ items: Colleague[] }>()({
    summary: 'The active colleagues, by name, with their roles and department: whom a request or a form can be assigned to. For every signed-in user.',
    input: z.strictObject({ role: z.enum(ROLES).optional() }),
    access: 'signedIn',
    kind: 'read',
  }),
  'users.create': method<User>()({
    summary: 'Creates a user with one or more roles.',
    input: z.strictObject({
      username: usernameSchema,
      displayName: nameSchema,
      password: passwordSchema,
      roles: rolesSchema,
      departmentId: idSchema.nullable().optional(),
    }),
    access: ['admin'],
    kind: 'write',
  }),
  'users.update': method<User>()({
    summary: "Changes a user's display name, roles, department or active flag. Names the version it read; a stale one gets `conflict`.",
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      displayName: nameSchema.optional(),
      roles: rolesSchema.optional(),
      departmentId: idSchema.nullable().optional(),
      active: z.boolean().optional(),
    }),
    access: ['admin'],
    kind: 'write',
  }),
  'users.resetPassword': method<{ reset: true }>()({
    summary: "Sets a new password for a user, unlocks the account and asks the user to choose their own at next sign-in.",
    input: z.strictObject({ id: idSchema, newPassword: passwordSchema }),
    access: ['admin'],
    kind: 'write',
  }),
};
