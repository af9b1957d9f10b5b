// Each later domain keeps its sample inputs in its own file here, with what they refer to made by `prepare`.
import type Database from 'better-sqlite3';
import type { ApiInput, ApiOutput, MethodName } from '../../../../shared/api';
import type { Role } from '../../../../shared/api/roles';
import type { TestBackend } from '../fixture';
import type { SampleContext } from '../sample-inputs';

/** The sample input of every method whose name starts with `<domain>.`. */
export type SamplesFor<Domain extends string> = {
  [M in MethodName as M extends `${Domain}.${string}` ? M : never]: (ctx: SampleContext) => ApiInput<M>;
};

export interface DomainSamples<Domain extends string> {
  inputs: SamplesFor<Domain>;
  /**
   * Makes (once, or again when a sample used it up) the records the inputs refer to, and returns their ids and
   * versions under names of the form `<domain>.<what>`; the inputs read them with `ref(ctx, name)`.
   */
  prepare?: (t: TestBackend, side: Database.Database) => Promise<Record<string, number | string>>;
}

/** A value `prepare` returned; throws when none was, so a missing one is not sent as undefined. */
export function ref<T extends number | string = number>(ctx: SampleContext, name: string): T {
  const value = ctx.refs[name];
  if (value === undefined) throw new Error(`No sample record ${name}: add it to the domain's prepare()`);
  return value as T;
}

/** Calls the API as a user with these roles (by default a keeper of the records: an agent who is also a supervisor). */
export async function callsAs(t: TestBackend, roles: Role[] = ['agent', 'supervisor']) {
  const session = await t.signInAs(roles);
  return async <M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await t.backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as ApiOutput<M>;
  };
}

/**
 * As `callsAs`, signing in only at the first call: a `prepare` that finds its records made already (nearly every time)
 * pays no sign-in.
 */
export function lazyCalls(t: TestBackend, roles: Role[] = ['agent', 'supervisor']): Calls {
  let calls: Promise<Calls> | null = null;
  return async (method, input) => {
    calls ??= callsAs(t, roles);
    return (await calls)(method, input);
  };
}

/** The first active department of the center (not the higher-level office): where questions and suggestions go. */
export function firstDepartment(side: Database.Database): number {
  return (side.prepare("SELECT id FROM departments WHERE kind = 'department' AND active = 1 ORDER BY id LIMIT 1").get() as { id: number }).id;
}

/** What `callsAs` gives: a call that answers the method's value or throws. */
export type Calls = Awaited<ReturnType<typeof callsAs>>;

/**
 * One record at each stage of its life, found by its text (`column` of `table`): made once by `make` through the API
 * as a keeper of the records when none is found, and found again by later calls (a sample that moved it on is
 * answered invalid_state, which the role test accepts). Returns their ids and versions as `<domain>.<stage>Id` and
 * `<domain>.<stage>Version`.
 */
export async function recordsAtStages<Stage extends string>(
  t: TestBackend,
  side: Database.Database,
  domain: string,
  where: { table: string; column: string },
  texts: Record<Stage, string>,
  make: (ok: Calls, stage: Stage, text: string) => Promise<void>,
): Promise<Record<string, number>> {
  let keeper: Calls | null = null;
  const newest = (text: string) =>
    side.prepare(`SELECT id, version FROM ${where.table} WHERE ${where.column} = ? ORDER BY id DESC LIMIT 1`).get(text) as
      | { id: number; version: number }
      | undefined;
  const refs: Record<string, number> = {};
  for (const [stage, text] of Object.entries(texts) as Array<[Stage, string]>) {
    let row = newest(text);
    if (!row) {
      keeper ??= await callsAs(t);
      await make(keeper, stage, text);
      row = newest(text)!;
    }
    refs[`${domain}.${stage}Id`] = row.id;
    refs[`${domain}.${stage}Version`] = row.version;
  }
  return refs;
}
