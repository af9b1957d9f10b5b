// Each later domain keeps its sample inputs in its own file here, with what they refer to made by `prepare`.
import type Database from 'better-sqlite3';
import type { ApiInput, MethodName } from '../../../../shared/api';
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
