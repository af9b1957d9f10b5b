import { z } from 'zod';
import { method } from './define';
import { idSchema, versionSchema } from './common';
import { calendarDateSchema, CUSTOMER_EDITORS, CUSTOMER_READERS, type CustomerSummary } from './customers';
import type { WarrantyStatus } from '../customers/dates';

/** A serial, model or contract number as typed: full-width letters and digits of a Chinese input method (`ＳＮ－００１`) read as plain ones. */
const numberText = (max: number) => z.string().overwrite((typed) => typed.normalize('NFKC')).trim().min(1).max(max);

export interface Site {
  id: number;
  customerId: number;
  name: string;
  address: string;
  region: string;
  notes: string;
  /** Handover document kinds an installation must have and this site does not yet. */
  missingDocumentKinds: DocumentKind[];
  version: number;
}

export const LIFECYCLE_STATES = ['in_service', 'at_factory', 'replaced', 'scrapped'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** 升级换代 upgraded, 停产 discontinued: the customers who have such a model are to be told. */
export const MODEL_STATUSES = ['current', 'upgraded', 'discontinued'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

export interface ProductModel {
  id: number;
  model: string;
  productName: string;
  category: string;
  status: ModelStatus;
  successorModel: string;
  notes: string;
  version: number;
}

/** A product model as its screen lists it: with how much of it is out there, when asked for (`withCounts`). */
export interface ProductModelListing extends ProductModel {
  /** Pieces of equipment of this model, at any customer and in any state; present only with `withCounts`. */
  equipmentCount?: number;
  /** Customers who have at least one piece of it; present only with `withCounts`. */
  customerCount?: number;
}

export interface Equipment {
  id: number;
  customerId: number;
  siteId: number | null;
  modelId: number;
  model: string;
  productName: string;
  modelStatus: ModelStatus;
  serialNumber: string;
  category: string;
  installDate: string | null;
  acceptanceDate: string | null;
  warrantyStart: string | null;
  warrantyEnd: string | null;
  /** Computed for today in the center's time zone. */
  warrantyStatus: WarrantyStatus;
  lifecycle: LifecycleState;
  notes: string;
  renewals: WarrantyRenewal[];
  version: number;
}

export interface WarrantyRenewal {
  id: number;
  equipmentId: number;
  contractNumber: string;
  previousEnd: string | null;
  newEnd: string;
  /** Money in integer fen. */
  feeFen: number;
  renewedAt: number;
  renewedBy: string | null;
}

export const DOCUMENT_KINDS = ['as_built_drawings', 'operation_manual', 'equipment_list', 'acceptance_report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** What engineering must hand over at acceptance for every installation. */
export const REQUIRED_DOCUMENT_KINDS: readonly DocumentKind[] = [
  'as_built_drawings',
  'operation_manual',
  'equipment_list',
  'acceptance_report',
];

export interface HandoverDocument {
  id: number;
  customerId: number;
  siteId: number | null;
  equipmentId: number | null;
  kind: DocumentKind;
  title: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  mimeType: string;
  addedAt: number;
  addedBy: string | null;
}

const text = (max: number) => z.string().trim().max(max);
const optionalDate = calendarDateSchema.nullable().optional();

const equipmentFields = {
  siteId: idSchema.nullable().optional(),
  productName: text(120).optional(),
  category: text(60).optional(),
  installDate: optionalDate,
  acceptanceDate: optionalDate,
  warrantyStart: optionalDate,
  warrantyEnd: optionalDate,
  lifecycle: z.enum(LIFECYCLE_STATES).optional(),
  notes: text(2000).optional(),
};

export const equipmentApi = {
  'equipment.create': method<Equipment>()({
    summary: "Adds a piece of equipment to a customer (and site). An unknown model is added to the product models.",
    input: z.strictObject({
      customerId: idSchema,
      model: numberText(80),
      serialNumber: numberText(80),
      ...equipmentFields,
    }),
    access: CUSTOMER_EDITORS,
    kind: 'write',
  }),
  'equipment.update': method<Equipment>()({
    summary: 'Changes a piece of equipment. Names the version it read.',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      model: numberText(80).optional(),
      serialNumber: numberText(80).optional(),
      ...equipmentFields,
    }),
    access: CUSTOMER_EDITORS,
    kind: 'write',
  }),
  'equipment.renewWarranty': method<Equipment>()({
    summary: 'Records a warranty renewal (续保): contract number, new end date, fee in fen. Names the version it read.',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      contractNumber: numberText(60),
      newEnd: calendarDateSchema,
      feeFen: z.number().int().min(0).max(1e12),
    }),
    access: CUSTOMER_EDITORS,
    kind: 'write',
  }),
  'equipment.models': method<{ items: ProductModelListing[] }>()({
    summary:
      'The product models, with their upgraded/discontinued flag; with `withCounts`, also how many pieces of equipment and customers have each (that counts through every piece of equipment, so only the models screen asks for it).',
    input: z.strictObject({ status: z.enum(MODEL_STATUSES).optional(), withCounts: z.boolean().optional() }),
    access: CUSTOMER_READERS,
    kind: 'read',
  }),
  'equipment.setModelStatus': method<ProductModel>()({
    summary: 'Flags a product model as upgraded (升级换代) or discontinued (停产), or current again. Names the version it read.',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      status: z.enum(MODEL_STATUSES),
      successorModel: text(80).optional(),
      notes: text(2000).optional(),
    }),
    access: ['supervisor', 'info_manager', 'admin'],
    kind: 'write',
  }),
  'equipment.modelCustomers': method<{ items: Array<CustomerSummary & { serialNumbers: string[] }> }>()({
    summary: 'The customers who have equipment of a model, to notify them of an upgrade or discontinuation.',
    input: z.strictObject({ modelId: idSchema }),
    access: CUSTOMER_READERS,
    kind: 'read',
  }),
};
