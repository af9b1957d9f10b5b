import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call a method: `public` needs no session, `signedIn` any signed-in user,
 * a list of roles a user holding at least one of them.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export type MethodKind = 'read' | 'write';

export interface MethodSpec<Input extends z.ZodType, Output, Kind extends MethodKind = MethodKind> {
  input: Input;
  access: Access;
  /** Writes run in one transaction with their audit row; what a write changes is declared in `changes.ts`. */
  kind: Kind;
  /** Phantom: carries the output type, never set at run time. */
  output?: Output;
  summary: string;
}

/** Declares one API method; the output type is given explicitly, the input comes from the schema. */
export function method<Output>() {
  return <Input extends z.ZodType, Kind extends MethodKind>(
    spec: Omit<MethodSpec<Input, Output, Kind>, 'output'>,
  ): MethodSpec<Input, Output, Kind> => spec;
}

export function mayCall(access: Access, roles: readonly Role[] | null): boolean {
  if (access === 'public') return true;
  if (roles === null) return false;
  if (access === 'signedIn') return true;
  return roles.some((role) => access.includes(role));
}
