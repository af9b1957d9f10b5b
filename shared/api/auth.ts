import { z } from 'zod';
import { method } from './define';
import { emptyInput, languageSchema, nameSchema, passwordSchema, usernameSchema, type Language } from './common';
import type { Role } from './roles';

export interface Me {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  /** The language the user chose last; null until they choose one (the center's default applies). */
  language: Language | null;
  /** Set after an administrator reset the password: the user is asked for a new one. */
  mustChangePassword: boolean;
  /** The user's department, if any (a department manager acts for it). */
  departmentId: number | null;
}

export interface AuthStatus {
  setupRequired: boolean;
  centerName: string;
  defaultLanguage: Language;
}

export const authApi = {
  'auth.status': method<AuthStatus>()({
    summary: 'Whether first-run setup is still needed, and the center name and default language for the sign-in screen.',
    input: emptyInput,
    access: 'public',
    kind: 'read',
  }),
  'auth.setup': method<Me>()({
    summary: 'First run only: names the center and creates the first administrator, who is signed in. Refused once any user exists.',
    input: z.strictObject({
      centerName: nameSchema,
      username: usernameSchema,
      displayName: nameSchema,
      password: passwordSchema,
    }),
    access: 'public',
    kind: 'write',
  }),
  'auth.login': method<Me>()({
    summary: 'Signs in. Five failed attempts in a row lock the account for 15 minutes. The message never tells whether the username exists.',
    input: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }),
    access: 'public',
    kind: 'write',
  }),
  'auth.logout': method<{ signedOut: true }>()({
    summary: 'Ends the current session (does nothing when there is none).',
    input: emptyInput,
    access: 'public',
    kind: 'write',
  }),
  'auth.me': method<Me>()({
    summary: 'The signed-in user.',
    input: emptyInput,
    access: 'signedIn',
    kind: 'read',
  }),
  'auth.changePassword': method<{ changed: true }>()({
    summary: "Changes the signed-in user's own password; the current one is required.",
    input: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }),
    access: 'signedIn',
    kind: 'write',
  }),
  'auth.setLanguage': method<Me>()({
    summary: "Remembers the signed-in user's interface language.",
    input: z.strictObject({ language: languageSchema }),
    access: 'signedIn',
    kind: 'write',
  }),
};
