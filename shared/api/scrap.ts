// Scrap records (报废品处理记录, DOMAIN.md): a device or part that cannot be repaired, or was superseded, appraised by a
// temporary technical appraisal group (临时技术鉴定小组, at least two, organised by the materials department): the reason,
// the group's conclusion (scrap / keep) and the disposal it proposes; approved by a department manager (who, when, the
// method approved) or rejected with a reason; then carried out. A scrapped stock item leaves stock by a scrap movement
// (报废出库); a scrapped customer unit's lifecycle becomes scrapped. The life is shared/scrap/workflow.ts.
import { z } from 'zod';
import { method } from './define';
import { idSchema, timestampSchema, versionSchema } from './common';
import { quantitySchema, STORE_KEEPERS, STORE_READERS } from './parts';
import { DISPOSAL_METHODS, MIN_APPRAISERS, SCRAP_CONCLUSIONS, SCRAP_REASONS, SCRAP_STATES, SCRAP_WORKFLOW, type ScrapState } from '../scrap/workflow';

export type ScrapReason = (typeof SCRAP_REASONS)[number];
export type ScrapConclusion = (typeof SCRAP_CONCLUSIONS)[number];
export type DisposalMethod = (typeof DISPOSAL_METHODS)[number];
export const SCRAP_ITEM_KINDS = ['stock_part', 'customer_unit'] as const;
export type ScrapItemKind = (typeof SCRAP_ITEM_KINDS)[number];
export const SCRAP_SOURCE_KINDS = ['replacement_notice', 'work_order'] as const;
export type ScrapSourceKind = (typeof SCRAP_SOURCE_KINDS)[number];

export interface Appraiser {
  userId: number | null;
  name: string;
  title: string;
}

export interface ScrapSummary {
  id: number;
  number: string;
  state: ScrapState;
  itemKind: ScrapItemKind;
  /** What is scrapped, for a list row: "code name × quantity unit" or "model · serial". */
  itemLabel: string;
  reason: ScrapReason;
  source: { kind: ScrapSourceKind; id: number; number: string } | null;
  createdAt: number;
}

export interface ScrapRecord extends ScrapSummary {
  partId: number | null;
  partCode: string | null;
  partName: string | null;
  unit: string | null;
  quantity: number | null;
  equipmentId: number | null;
  customerId: number | null;
  customerName: string | null;
  serial: string;
  itemDescription: string;
  reasonText: string;
  organisedByName: string | null;
  appraisalStartedAt: number | null;
  appraisers: Appraiser[];
  conclusion: ScrapConclusion | null;
  opinion: string;
  proposedMethod: DisposalMethod | null;
  concludedAt: number | null;
  decidedByName: string | null;
  decidedAt: number | null;
  approvedMethod: DisposalMethod | null;
  rejectionReason: string;
  disposedByName: string | null;
  disposedAt: number | null;
  disposalNote: string;
  scrapMovementId: number | null;
  createdByName: string | null;
  updatedAt: number;
  version: number;
}

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const versioned = { id: idSchema, version: versionSchema };
const appraiser = z.strictObject({ userId: idSchema.optional(), name: required(100), title: text(100).optional() });

export const scrapApi = {
  'scrap.create': method<ScrapRecord>()({
    summary:
      'Drafts a scrap record (number BF-YYYYMMDD-NNNN) of a stock item (part and quantity) or a customer unit (equipment), the reason, and the notice or work order it came from.',
    input: z.strictObject({
      itemKind: z.enum(SCRAP_ITEM_KINDS),
      partId: idSchema.optional(),
      quantity: quantitySchema().optional(),
      equipmentId: idSchema.optional(),
      serial: text(100).optional(),
      itemDescription: text(1000).optional(),
      reason: z.enum(SCRAP_REASONS),
      reasonText: text(1000).optional(),
      source: z.strictObject({ kind: z.enum(SCRAP_SOURCE_KINDS), id: idSchema }).optional(),
    }),
    access: STORE_KEEPERS,
    kind: 'write',
  }),
  'scrap.update': method<ScrapRecord>()({
    summary: "Changes a draft's item description, serial, quantity, reason. Names the version it read.",
    input: z.strictObject({
      ...versioned,
      quantity: quantitySchema().optional(),
      serial: text(100).optional(),
      itemDescription: text(1000).optional(),
      reason: z.enum(SCRAP_REASONS).optional(),
      reasonText: text(1000).optional(),
    }),
    access: SCRAP_WORKFLOW.roles.update,
    kind: 'write',
  }),
  'scrap.startAppraisal': method<ScrapRecord>()({
    summary: `The appraisal group (临时技术鉴定小组) is named, at least ${MIN_APPRAISERS} members (a user or a name, with a title), organised by the signed-in clerk.`,
    input: z.strictObject({ ...versioned, appraisers: z.array(appraiser).min(MIN_APPRAISERS).max(10) }),
    access: SCRAP_WORKFLOW.roles.startAppraisal,
    kind: 'write',
  }),
  'scrap.conclude': method<ScrapRecord>()({
    summary: "The group's conclusion (scrap / keep), its opinion, and the disposal it proposes.",
    input: z.strictObject({ ...versioned, conclusion: z.enum(SCRAP_CONCLUSIONS), opinion: text(2000).optional(), proposedMethod: z.enum(DISPOSAL_METHODS) }),
    access: SCRAP_WORKFLOW.roles.conclude,
    kind: 'write',
  }),
  'scrap.approve': method<ScrapRecord>()({
    summary: 'A department manager approves, with the method approved (default the one proposed).',
    input: z.strictObject({ ...versioned, approvedMethod: z.enum(DISPOSAL_METHODS).optional() }),
    access: SCRAP_WORKFLOW.roles.approve,
    kind: 'write',
  }),
  'scrap.reject': method<ScrapRecord>()({
    summary: 'A department manager rejects, with the reason.',
    input: z.strictObject({ ...versioned, reason: required(1000) }),
    access: SCRAP_WORKFLOW.roles.reject,
    kind: 'write',
  }),
  'scrap.dispose': method<ScrapRecord>()({
    summary:
      'Carried out (default now): a scrapped stock item leaves stock by a scrap movement; a scrapped customer unit becomes scrapped in the archive. Optional note.',
    input: z.strictObject({ ...versioned, note: text(1000).optional(), disposedAt: timestampSchema.optional() }),
    access: SCRAP_WORKFLOW.roles.dispose,
    kind: 'write',
  }),
  'scrap.get': method<ScrapRecord>()({
    summary: 'A scrap record: the item, the reason, the group and its conclusion, the decision and the disposal.',
    input: z.strictObject({ id: idSchema }),
    access: STORE_READERS,
    kind: 'read',
  }),
  'scrap.list': method<{ items: ScrapSummary[]; nextCursor: string | null }>()({
    summary: 'Scrap records newest first, by state or unit; a page of `limit` after `after`.',
    input: z.strictObject({
      state: z.enum(SCRAP_STATES).optional(),
      equipmentId: idSchema.optional(),
      after: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    access: STORE_READERS,
    kind: 'read',
  }),
};
