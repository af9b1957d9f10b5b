// Spare replacement notices (故障处理备品替换通知, DOMAIN.md): a spare lent from the store (a loan-out movement, 替换借出)
// and installed in place of a faulty unit that goes to the factory; the repaired unit tested before it goes back
// (测试合格); reinstalled, the spare back in the store (a loan-back movement, 替换归还); the notice recovered (收回) with the
// work order. Or the factory repair fails: a scrap record is opened from the notice, its remarks record that the spare
// becomes the formal replacement (正式代替事项), and it closes. The life is shared/replacements/workflow.ts.
import { z } from 'zod';
import { method } from './define';
import { idSchema, timestampSchema, versionSchema } from './common';
import { quantitySchema, STORE_KEEPERS, STORE_READERS } from './parts';
import { calendarDateSchema } from './customers';
import { REPLACEMENT_STATES, REPLACEMENT_WORKFLOW, type ReplacementState, type whereTheUnitIs } from '../replacements/workflow';
import { SCRAP_REASONS } from '../scrap/workflow';

export type UnitWhereabouts = NonNullable<ReturnType<typeof whereTheUnitIs>>;

export interface ReplacementSummary {
  id: number;
  number: string;
  state: ReplacementState;
  customerId: number | null;
  customerName: string | null;
  equipmentId: number | null;
  /** "model · serial" of the faulty unit. */
  equipmentLabel: string | null;
  faultySerial: string;
  sparePartId: number;
  spareCode: string;
  spareName: string;
  spareSerial: string;
  installedAt: number;
  /** Whole days since the spare was installed, while the notice is open. */
  ageDays: number;
  /** Where the faulty unit is while the notice is open; null once settled. */
  where: UnitWhereabouts | null;
  workOrderId: number | null;
  workOrderNumber: string | null;
}

export interface Replacement extends ReplacementSummary {
  requestId: number | null;
  requestNumber: string | null;
  reason: string;
  spareQuantity: number;
  spareUnit: string;
  loanMovementId: number;
  sentAt: number | null;
  factory: string;
  testResult: string;
  tester: string;
  /** The date of the test (YYYY-MM-DD). */
  testedOn: string | null;
  reinstalledAt: number | null;
  loanBackMovementId: number | null;
  recoveredAt: number | null;
  repairFailedAt: number | null;
  failureReason: string;
  scrapRecord: { id: number; number: string; state: string } | null;
  /** 正式代替事项. */
  formalReplacement: string;
  formallyReplacedAt: number | null;
  closedAt: number | null;
  remarks: string;
  createdByName: string | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const versioned = { id: idSchema, version: versionSchema };

export const replacementsApi = {
  'replacements.create': method<Replacement>()({
    summary:
      'Lends a spare (number TH-YYYYMMDD-NNNN): the faulty unit (equipment and serial) and why, the spare part, its serial and quantity (default 1), when it was installed (default now). Posts the loan-out movement. From a work order, its request, customer and unit carry over.',
    input: z.strictObject({
      workOrderId: idSchema.optional(),
      equipmentId: idSchema.optional(),
      faultySerial: text(100).optional(),
      reason: required(1000),
      sparePartId: idSchema,
      spareSerial: text(100).optional(),
      quantity: quantitySchema().optional(),
      installedAt: timestampSchema.optional(),
    }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'replacements.sendToFactory': method<Replacement>()({
    summary: 'The faulty unit leaves for the factory (which one, when: default now).',
    input: z.strictObject({ ...versioned, factory: text(200).optional(), sentAt: timestampSchema.optional() }),
    access: REPLACEMENT_WORKFLOW.roles.sendToFactory,
    kind: 'write',
  }),
  'replacements.passTest': method<Replacement>()({
    summary: '测试合格: the repaired unit tested before it goes back: the result, the tester and the date.',
    input: z.strictObject({ ...versioned, result: required(1000), tester: required(100), testedOn: calendarDateSchema }),
    access: REPLACEMENT_WORKFLOW.roles.passTest,
    kind: 'write',
  }),
  'replacements.reinstall': method<Replacement>()({
    summary: 'The repaired unit is back in (when: default now); the spare comes back to the store by a loan-back movement.',
    input: z.strictObject({ ...versioned, reinstalledAt: timestampSchema.optional() }),
    access: REPLACEMENT_WORKFLOW.roles.reinstall,
    kind: 'write',
  }),
  'replacements.recover': method<Replacement>()({
    summary: '收回: the notice comes back with the work order; optional remarks.',
    input: z.strictObject({ ...versioned, remarks: text(1000).optional() }),
    access: REPLACEMENT_WORKFLOW.roles.recover,
    kind: 'write',
  }),
  'replacements.failRepair': method<Replacement>()({
    summary: 'The factory cannot repair the unit: why, and a scrap record of the unit is opened from the notice (its reason, default repair ineffective).',
    input: z.strictObject({ ...versioned, reason: required(1000), scrapReason: z.enum(SCRAP_REASONS).optional() }),
    access: REPLACEMENT_WORKFLOW.roles.failRepair,
    kind: 'write',
  }),
  'replacements.formallyReplace': method<Replacement>()({
    summary: '正式代替事项: the remarks recording that the spare stays with the customer as the unit’s formal replacement.',
    input: z.strictObject({ ...versioned, text: required(1000) }),
    access: REPLACEMENT_WORKFLOW.roles.formallyReplace,
    kind: 'write',
  }),
  'replacements.close': method<Replacement>()({
    summary: 'Closes a notice whose spare became the formal replacement; optional remarks.',
    input: z.strictObject({ ...versioned, remarks: text(1000).optional() }),
    access: REPLACEMENT_WORKFLOW.roles.close,
    kind: 'write',
  }),
  'replacements.get': method<Replacement>()({
    summary: 'A replacement notice: the faulty unit, the spare and its movements, the factory, the test, and how it ended.',
    input: z.strictObject({ id: idSchema }),
    access: STORE_READERS,
    kind: 'read',
  }),
  'replacements.list': method<{ items: ReplacementSummary[]; nextCursor: string | null }>()({
    summary: 'Notices newest first, by state, or only the open ones (oldest first, with their age and where the unit is); a page of `limit` after `after`.',
    input: z.strictObject({
      state: z.enum(REPLACEMENT_STATES).optional(),
      openOnly: z.boolean().optional(),
      equipmentId: idSchema.optional(),
      after: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    access: STORE_READERS,
    kind: 'read',
  }),
};
