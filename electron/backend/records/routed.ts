// Routed records on the back end (difficult questions 疑难问题, customer suggestions 客户建议; later callbacks and
// replacement notices): taken down from a call, routed to a department whose answer is due by a deadline, closed once
// the customer has been told. What their features share is written once here: the columns every kind has, its list
// (newest first, or the late ones oldest due first, each through its index), the fields of its page and its list rows,
// and taking a step: the table of steps (shared/routed/workflow.ts), the version read, the request's service log, the
// customer's repair archive and the audit row, in one transaction. Each kind keeps its table, columns and words.
import type { AuditEntity } from '../../../shared/api/audit';
import type { RoutedSummary } from '../../../shared/api/routed';
import { speaksForDepartment, type RoutedWorkflow } from '../../../shared/routed/workflow';
import { signedIn, type HandlerContext } from '../context';
import { sql, type Db } from '../db/connection';
import { updateVersionedRow } from '../db/versioned';
import { DomainError, invalidState, notFound, staleVersion } from '../lib/errors';
import { keysetRows, type KeysetList, type ListCursor } from '../lib/keyset';
import { linkableCustomer, linkableRequest } from './links';
import { appendServiceLog } from './service-log';
import { recordTimelineEvent } from './timeline';

/** The columns every routed record's row has (a kind whose records always have a department narrows its type). */
export interface RoutedRow<State extends string = string> {
  id: number;
  number: string;
  state: State;
  caller_name: string;
  caller_phone: string;
  customer_id: number | null;
  request_id: number | null;
  department_id: number | null;
  due_at: number | null;
  answer: string;
  answered_by: number | null;
  answered_at: number | null;
  closed_by: number | null;
  closed_at: number | null;
  version: number;
  created_at: number;
  updated_at: number;
}

/** One kind of routed record, as the shared code here needs it. */
export interface RoutedKind<State extends string, Action extends string, Row extends RoutedRow<State>, Page> {
  /** Its name in audit rows, and with `Id` its key in the lines it logs (`question`, `questionId`). */
  entity: AuditEntity;
  /** Its part of the contract, for the reason of a refused step (`questions.notNow`). */
  domain: string;
  /** How refusals name it (`Question YN-… is open; …`) and a stale save (`The question record was changed…`). */
  noun: string;
  staleNoun: string;
  table: string;
  workflow: RoutedWorkflow<State, Action>;
  /** The kind of each step's line in the request's service log and the customer's repair archive. */
  loggedAs: Record<Action, string>;
  /** Whether a step is also written to the customer's repair archive (the request's service log gets every step). */
  archived(action: Action, to: State): boolean;
  /** The record as its page shows it. */
  page(db: Db, row: Row, now: number): Page;
}

function findRoutedRow<Row extends RoutedRow>(db: Db, table: string, id: number): Row | null {
  return (sql(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined) ?? null;
}

export function findRouted<S extends string, A extends string, Row extends RoutedRow<S>, Page>(
  db: Db,
  kind: RoutedKind<S, A, Row, Page>,
  id: number,
  now: number,
): Page | null {
  const row = findRoutedRow<Row>(db, kind.table, id);
  return row ? kind.page(db, row, now) : null;
}

/** The record's page, for `<kind>.get`; not_found when there is none. */
export function routedPage<S extends string, A extends string, Row extends RoutedRow<S>, Page>(
  ctx: HandlerContext,
  kind: RoutedKind<S, A, Row, Page>,
  id: number,
): Page {
  const page = findRouted(ctx.db, kind, id, ctx.now());
  if (!page) throw notFound(kind.noun, id);
  return page;
}

export function userName(db: Db, userId: number | null): string | null {
  if (userId === null) return null;
  return (sql(db, 'SELECT display_name FROM users WHERE id = ?').get(userId) as { display_name: string } | undefined)?.display_name ?? null;
}

/** The department a user belongs to (users.department_id), for the steps that belong to a record's department. */
function departmentOfUser(db: Db, userId: number): number | null {
  return (sql(db, 'SELECT department_id FROM users WHERE id = ?').pluck().get(userId) as number | null | undefined) ?? null;
}

type DepartmentNames<Row extends RoutedRow> = Row['department_id'] extends number
  ? { departmentName: string; departmentNameEn: string }
  : { departmentName: string | null; departmentNameEn: string | null };

/** The fields of its page every routed record has: who called, its customer, request and department, answer, close. */
export function routedPageFields<S extends string, Row extends RoutedRow<S>>(db: Db, row: Row, workflow: RoutedWorkflow<S, string>, now: number) {
  const customer =
    row.customer_id === null ? undefined : (sql(db, 'SELECT code, name FROM customers WHERE id = ?').get(row.customer_id) as { code: string; name: string } | undefined);
  const request = row.request_id === null ? undefined : (sql(db, 'SELECT number FROM requests WHERE id = ?').get(row.request_id) as { number: string } | undefined);
  const department =
    row.department_id === null ? undefined : (sql(db, 'SELECT name, name_en FROM departments WHERE id = ?').get(row.department_id) as { name: string; name_en: string });
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    callerName: row.caller_name,
    callerPhone: row.caller_phone,
    customerId: row.customer_id,
    customerCode: customer?.code ?? null,
    customerName: customer?.name ?? null,
    requestId: row.request_id,
    requestNumber: request?.number ?? null,
    departmentId: row.department_id as Row['department_id'],
    ...({ departmentName: department?.name ?? null, departmentNameEn: department?.name_en ?? null } as DepartmentNames<Row>),
    dueAt: row.due_at as Row['due_at'],
    overdue: workflow.isOverdue(row.state, row.due_at, now),
    answer: row.answer,
    answeredAt: row.answered_at,
    answeredByName: userName(db, row.answered_by),
    closedAt: row.closed_at,
    closedByName: userName(db, row.closed_by),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export type RoutedFilter = 'state' | 'departmentId' | 'customerId' | 'requestId';

/** What a kind's list may be filtered by (the contract's list input; lib/keyset.ts reads it). */
export interface RoutedListFilter<State extends string> {
  state?: State | undefined;
  departmentId?: number | undefined;
  customerId?: number | undefined;
  requestId?: number | undefined;
  overdue?: boolean | undefined;
}

/** A kind's list: how lib/keyset.ts reads it, and which of its columns are the kind's own fields of a list row. */
export interface RoutedList<Summary extends RoutedSummary> {
  keyset: KeysetList<RoutedFilter>;
  isOverdue: (state: string, dueAt: number | null, now: number) => boolean;
  fields: ReadonlyArray<Exclude<keyof Summary, keyof RoutedSummary>>;
}

/**
 * The list of a kind, its table read as `alias`: newest first through the index of the narrowest filter given
 * (request, customer, department and state, department, state), or with `overdue` the records whose answer is late,
 * oldest due first, through the partial index of those awaiting it (by department when asked). The indexes are named
 * after the kind's domain alike for every kind (`questions_by_request`, `questions_awaiting_answer`, …), the partial
 * ones on the one state awaiting the answer. `fields` names the column of each of the kind's own fields of a list
 * row (every one of them: the type asks for all).
 */
export function routedList<Summary extends RoutedSummary, S extends string = string>(
  kind: Pick<RoutedKind<S, string, RoutedRow<S>, unknown>, 'domain' | 'table' | 'workflow'>,
  a: string,
  fields: { [F in Exclude<keyof Summary, keyof RoutedSummary>]: string },
): RoutedList<Summary> {
  const prefix = kind.domain;
  const [awaiting, ...more] = kind.workflow.awaitingAnswer;
  if (awaiting === undefined || more.length > 0) throw new Error(`${kind.domain}: a routed list awaits the answer in one state`);
  const own = Object.entries(fields) as Array<[Exclude<keyof Summary, keyof RoutedSummary> & string, string]>;
  return {
    keyset: {
      table: kind.table,
      alias: a,
      columns: `${a}.id, ${a}.number, ${a}.state, ${a}.caller_name, c.name AS customer_name, ${a}.department_id, d.name AS department_name,
        d.name_en AS department_name_en, ${a}.due_at, ${own.map(([field, column]) => `${column} AS ${field}`).join(', ')}`,
      joins: `LEFT JOIN customers c ON c.id = ${a}.customer_id LEFT JOIN departments d ON d.id = ${a}.department_id`,
      conditions: {
        state: `${a}.state = @state`,
        departmentId: `${a}.department_id = @departmentId`,
        customerId: `${a}.customer_id = @customerId`,
        requestId: `${a}.request_id = @requestId`,
      },
      newest: [
        [`${prefix}_by_request`, 'requestId'],
        [`${prefix}_by_customer`, 'customerId'],
        [`${prefix}_by_department_state`, 'departmentId', 'state'],
        [`${prefix}_by_department`, 'departmentId'],
        [`${prefix}_by_state`, 'state'],
      ],
      overdue: {
        where: `${a}.state = '${awaiting}' AND ${a}.due_at < @dueBefore`,
        indexes: [[`${prefix}_awaiting_answer_by_department`, 'departmentId'], [`${prefix}_awaiting_answer`]],
      },
    },
    isOverdue: (state, dueAt, now) => kind.workflow.isOverdue(state as S, dueAt, now),
    fields: own.map(([field]) => field),
  };
}

interface RoutedListRow {
  id: number;
  number: string;
  state: string;
  caller_name: string;
  customer_name: string | null;
  department_id: number | null;
  department_name: string | null;
  department_name_en: string | null;
  due_at: number | null;
  [field: string]: unknown;
}

/** `limit` rows of a kind's list after `cursor` (lib/keyset.ts listPage reads one more to know whether more follow). */
export function listRouted<Summary extends RoutedSummary>(
  db: Db,
  list: RoutedList<Summary>,
  filter: RoutedListFilter<string>,
  cursor: ListCursor | null,
  limit: number,
  now: number,
): Summary[] {
  return keysetRows<RoutedListRow, RoutedFilter>(db, list.keyset, filter, cursor, limit, now).map(
    (row) =>
      ({
        id: row.id,
        number: row.number,
        state: row.state,
        callerName: row.caller_name,
        customerName: row.customer_name,
        departmentId: row.department_id,
        departmentName: row.department_name,
        departmentNameEn: row.department_name_en,
        dueAt: row.due_at,
        overdue: list.isOverdue(row.state, row.due_at, now),
        ...Object.fromEntries(list.fields.map((field) => [field, row[field as string]])),
      }) as Summary,
  );
}

/**
 * The columns of where a new record was taken down from (the contract's takenFromFields), checked: the caller, the
 * request, and the customer (the request's when none is given; a merged one's successor).
 */
export function takenFromColumns(
  db: Db,
  input: { callerName?: string | undefined; callerPhone?: string | undefined; customerId?: number | null | undefined; requestId?: number | null | undefined },
): Pick<RoutedRow, 'caller_name' | 'caller_phone' | 'customer_id' | 'request_id'> {
  const request = linkableRequest(db, input.requestId);
  return {
    caller_name: input.callerName ?? '',
    caller_phone: input.callerPhone ?? '',
    customer_id: linkableCustomer(db, input.customerId ?? request?.customerId),
    request_id: request?.id ?? null,
  };
}

/** The columns of the department's answer: every kind's `answer` step. */
export function answerColumns(answer: string) {
  return (_row: RoutedRow, userId: number, now: number): Pick<RoutedRow, 'answer' | 'answered_by' | 'answered_at'> => ({
    answer,
    answered_by: userId,
    answered_at: now,
  });
}

/** Writes a line of what happened to the request's service log and, when `archived`, to the customer's repair archive. */
function trace(
  ctx: HandlerContext,
  entity: string,
  record: Pick<RoutedRow, 'id' | 'number' | 'request_id' | 'customer_id'>,
  line: { kind: string; at: number; userId: number; archived: boolean },
  details: Record<string, unknown>,
): void {
  const logged = { [`${entity}Id`]: record.id, number: record.number, ...details };
  if (record.request_id !== null) {
    appendServiceLog(ctx.db, { requestId: record.request_id, at: line.at, userId: line.userId, kind: line.kind, details: logged });
  }
  if (record.customer_id !== null && line.archived) {
    recordTimelineEvent(ctx.db, { customerId: record.customer_id, at: line.at, kind: line.kind, actorId: line.userId, details: logged });
  }
}

/**
 * After a record was inserted (inside the write): its first line in the request's service log and the customer's
 * repair archive (`kind`, e.g. `question.opened`), its audit row; returns its page.
 */
export function routedRecordCreated<S extends string, A extends string, Row extends RoutedRow<S>, Page>(
  ctx: HandlerContext,
  kind: RoutedKind<S, A, Row, Page>,
  record: Pick<RoutedRow, 'id' | 'number' | 'request_id' | 'customer_id'>,
  line: { kind: string; details: Record<string, unknown> },
): Page {
  const now = ctx.now();
  trace(ctx, kind.entity, record, { kind: line.kind, at: now, userId: signedIn(ctx).id, archived: true }, line.details);
  const created = findRouted(ctx.db, kind, record.id, now)!;
  ctx.audit({ entity: kind.entity, entityId: record.id, after: created });
  return created;
}

/** What one step writes: its columns (besides the state), and what its lines say. */
export interface RoutedStepPlan<Row> {
  columns: (row: Row, userId: number, now: number) => Partial<Row>;
  details: (row: Row, changed: Partial<Row>) => Record<string, unknown>;
}

/**
 * Takes one step of a record's life in one transaction: refuses it when the table does not allow it from the record's
 * state, or when the step belongs to the record's department and the user is neither of it nor a supervisor; saves the step's columns and new state against the version read, writes its lines to the request's service
 * log and (where the kind says) the customer's repair archive, audits; returns the record's page.
 */
export function takeRoutedStep<S extends string, A extends string, Row extends RoutedRow<S>, Page>(
  ctx: HandlerContext,
  kind: RoutedKind<S, A, Row, Page>,
  input: { id: number; version: number },
  action: A,
  plan: RoutedStepPlan<NoInfer<Row>>,
): Page {
  return ctx.write(() => {
    const me = signedIn(ctx);
    const now = ctx.now();
    const row = findRoutedRow<Row>(ctx.db, kind.table, input.id);
    if (!row) throw notFound(kind.noun, input.id);
    const to = kind.workflow.next(row.state, action);
    if (to === null) throw invalidState(`${kind.noun} ${row.number} is ${row.state}; ${action} does not apply`, `${kind.domain}.notNow`);
    if (kind.workflow.byDepartment(action) && !speaksForDepartment({ roles: me.roles, departmentId: departmentOfUser(ctx.db, me.id) }, row.department_id)) {
      throw new DomainError(
        'forbidden',
        `${kind.noun} ${row.number} is addressed to department ${row.department_id}; only its people or a supervisor take "${action}"`,
        `${kind.domain}.notYourDepartment`,
      );
    }
    const before = kind.page(ctx.db, row, now);
    const changed = { ...plan.columns(row, me.id, now), state: to };
    if (!updateVersionedRow(ctx.db, kind.table, row.id, input.version, changed, now)) throw staleVersion(kind.staleNoun);
    const line = { kind: kind.loggedAs[action], at: now, userId: me.id, archived: kind.archived(action, to) };
    trace(ctx, kind.entity, row, line, plan.details(row, changed));
    const after = findRouted(ctx.db, kind, row.id, now)!;
    ctx.audit({ entity: kind.entity, entityId: row.id, before, after });
    return after;
  });
}
