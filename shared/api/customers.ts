import { z } from 'zod';
import { method } from './define';
import { idSchema, versionSchema } from './common';
import type { Role } from './roles';
import { WARRANTY_STATUSES, isCalendarDate, type WarrantyStatus } from '../customers/dates';
import { PHONE_NUMBER_CHARS, foldPhoneWidth, splitExtension } from '../customers/phones';
import type { Equipment, HandoverDocument, Site } from './equipment';

/** Who reads the customer archive: everyone at the center who deals with customers or their equipment. */
export const CUSTOMER_READERS: readonly Role[] = [
  'agent',
  'seat_manager',
  'info_manager',
  'dept_manager',
  'technician',
  'inventory_clerk',
  'supervisor',
  'admin',
];
/** Who keeps it: the hotline and its managers. */
export const CUSTOMER_EDITORS: readonly Role[] = ['agent', 'seat_manager', 'info_manager', 'supervisor'];
export const CUSTOMER_MERGERS: readonly Role[] = ['supervisor', 'admin'];

export const CUSTOMER_KINDS = ['organization', 'individual'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export interface Phone {
  id: number;
  /** As typed, without its extension. */
  number: string;
  /** The extension (分机) typed after the number, digits only; '' when none. */
  extension: string;
  /** The digits that identify the number, without the extension (see shared/customers/phones.ts). */
  normalized: string;
}

export interface Contact {
  id: number;
  name: string;
  title: string;
  email: string;
  phones: Phone[];
}

export interface Customer {
  id: number;
  /** Automatic: KH-000001. */
  code: string;
  name: string;
  kind: CustomerKind;
  address: string;
  region: string;
  notes: string;
  active: boolean;
  /** Set when this record was merged into another; the other one holds everything now. */
  mergedInto: number | null;
  contacts: Contact[];
  version: number;
  createdAt: number;
  updatedAt: number;
}

/** How a search found a customer, best first. */
export const MATCH_KINDS = ['phone', 'serial', 'code', 'name', 'pinyin', 'model'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface CustomerSummary {
  id: number;
  code: string;
  name: string;
  kind: CustomerKind;
  region: string;
  active: boolean;
  primaryContact: string | null;
  primaryPhone: string | null;
  /** The extension of the primary phone, when it has one. */
  primaryExtension?: string;
  equipmentCount: number;
  /** For search results: what matched (a phone, a serial number…) and the text that matched. */
  matchedBy?: MatchKind;
  matchedText?: string;
  /** For a phone that matched: its extension, when it has one. */
  matchedExtension?: string;
}

export interface TimelineEvent {
  id: number;
  customerId: number;
  equipmentId: number | null;
  at: number;
  /** `customer.created`, `equipment.added`, `warranty.renewed`, `document.added`, `customer.merged`… later domains add theirs. */
  kind: string;
  actorName: string | null;
  details: Record<string, unknown>;
}

export interface CustomerPage {
  customer: Customer;
  sites: Site[];
  equipment: Equipment[];
  documents: HandoverDocument[];
  /** The newest 50 events of the repair archive. */
  timeline: TimelineEvent[];
}

export interface DuplicateCandidate extends CustomerSummary {
  reasons: Array<'phone' | 'name'>;
}

export const CUSTOMER_SORTS = ['name', 'code', 'updated'] as const;

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
/** A calendar date `2026-03-01`, full-width digits and dashes of a Chinese input method read as plain ones. */
export const calendarDateSchema = z.string().overwrite((typed) => typed.normalize('NFKC').trim()).refine(isCalendarDate, { message: 'validation.date' });
/**
 * A phone number as typed, with its extension if any (`021-62885000转8012`, `ext. 8012`, `#8012`): full-width
 * characters read as plain ones; blank is "required"; the number needs 3 digits or more, and an extension a number.
 */
export const phoneInputSchema = z
  .string()
  .overwrite(foldPhoneWidth)
  .trim()
  .min(1, { abort: true })
  .max(40, { abort: true })
  .superRefine((value, ctx) => {
    const { number } = splitExtension(value);
    if (number === '') ctx.addIssue({ code: 'custom', message: 'validation.phoneExtensionOnly' });
    else if (!PHONE_NUMBER_CHARS.test(number) || !/\d{3,}/.test(number.replace(/\D/g, ''))) {
      ctx.addIssue({ code: 'custom', message: 'validation.phoneChars' });
    }
  });

const contactInputSchema = z.strictObject({
  /** An existing contact's id when editing; absent for a new one. */
  id: idSchema.optional(),
  name: required(60),
  title: text(60).optional(),
  email: z.union([z.literal(''), z.string().trim().max(120).email({ message: 'validation.email' })]).optional(),
  phones: z.array(phoneInputSchema).max(10),
});

const siteInputSchema = z.strictObject({
  name: required(120),
  address: text(300).optional(),
  region: text(60).optional(),
  notes: text(2000).optional(),
});

const customerFields = {
  name: required(120),
  kind: z.enum(CUSTOMER_KINDS),
  address: text(300).optional(),
  region: text(60).optional(),
  notes: text(4000).optional(),
};

export const customersApi = {
  'customers.search': method<{ items: CustomerSummary[] }>()({
    summary:
      'One search box: any part of the name (one Chinese character too), pinyin or initials (zgyd → 中国移动), code, any run of digits of a phone number however typed, serial number, model. Exact phone or serial matches first.',
    input: z.strictObject({
      query: z.string().max(100),
      limit: z.number().int().min(1).max(50).optional(),
      includeInactive: z.boolean().optional(),
    }),
    access: CUSTOMER_READERS,
    kind: 'read',
  }),
  'customers.list': method<{ items: CustomerSummary[]; nextCursor: string | null }>()({
    summary: 'Customers page by page (keyset), sorted by name, code or last change, filtered by region, kind, status and warranty status.',
    input: z.strictObject({
      sort: z.enum(CUSTOMER_SORTS).optional(),
      region: text(60).optional(),
      kind: z.enum(CUSTOMER_KINDS).optional(),
      active: z.boolean().optional(),
      warrantyStatus: z.enum(WARRANTY_STATUSES).optional(),
      // The cursor carries the last row's sort key: a name's pinyin sort key is several times the name's length.
      after: z.string().max(4000).optional(),
      limit: z.number().int().min(1).max(100).optional(),
    }),
    access: CUSTOMER_READERS,
    kind: 'read',
  }),
  'customers.regions': method<{ items: string[] }>()({
    summary: 'The regions in use, for filters and forms.',
    input: z.strictObject({}),
    access: CUSTOMER_READERS,
    kind: 'read',
  }),
  'customers.get': method<CustomerPage>()({
    summary: "A customer's page: the customer with contacts and phones, sites, equipment, handover documents and the newest 50 events of the repair archive.",
    input: z.strictObject({ id: idSchema }),
    access: CUSTOMER_READERS,
    kind: 'read',
  }),
  'customers.create': method<Customer>()({
    summary: 'Creates a customer (code allocated automatically) with contacts, phones and optionally sites. Call customers.findDuplicates first to warn of duplicates.',
    input: z.strictObject({
      ...customerFields,
      contacts: z.array(contactInputSchema).max(20),
      sites: z.array(siteInputSchema).max(20).optional(),
    }),
    access: CUSTOMER_EDITORS,
    kind: 'write',
  }),
  'customers.update': method<Customer>()({
    summary: 'Changes a customer; `contacts`, when given, replaces the list (keep ids to keep contacts). Names the version it read.',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      name: customerFields.name.optional(),
      kind: customerFields.kind.optional(),
      address: customerFields.address,
      region: customerFields.region,
      notes: customerFields.notes,
      active: z.boolean().optional(),
      contacts: z.array(contactInputSchema).max(20).optional(),
    }),
    access: CUSTOMER_EDITORS,
    kind: 'write',
  }),
  'customers.findDuplicates': method<{ items: DuplicateCandidate[] }>()({
    summary: 'Existing customers with one of these phone numbers (normalised) or a similar name.',
    input: z.strictObject({
      name: z.string().max(120).optional(),
      phones: z.array(z.string().max(40)).max(20).optional(),
      excludeId: idSchema.optional(),
    }),
    access: CUSTOMER_READERS,
    kind: 'read',
  }),
  'customers.merge': method<Customer>()({
    summary: 'Moves everything of one customer (contacts, sites, equipment, documents, history) to another in one transaction; the source is kept, inactive, pointing at the target.',
    input: z.strictObject({
      sourceId: idSchema,
      sourceVersion: versionSchema,
      targetId: idSchema,
      targetVersion: versionSchema,
    }),
    access: CUSTOMER_MERGERS,
    kind: 'write',
  }),
  'customers.timeline': method<{ items: TimelineEvent[]; nextCursor: number | null }>()({
    summary: 'The repair archive of a customer or of one piece of equipment, newest first, page by page.',
    input: z
      .strictObject({
        customerId: idSchema.optional(),
        equipmentId: idSchema.optional(),
        before: idSchema.optional(),
        limit: z.number().int().min(1).max(100).optional(),
      })
      .refine((v) => (v.customerId === undefined) !== (v.equipmentId === undefined), {
        message: 'validation.customerOrEquipment',
      }),
    access: CUSTOMER_READERS,
    kind: 'read',
  }),
  'customers.addSite': method<Site>()({
    summary: 'Adds an installation site to a customer.',
    input: z.strictObject({ customerId: idSchema, ...siteInputSchema.shape }),
    access: CUSTOMER_EDITORS,
    kind: 'write',
  }),
  'customers.updateSite': method<Site>()({
    summary: 'Changes an installation site. Names the version it read.',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      name: required(120).optional(),
      address: text(300).optional(),
      region: text(60).optional(),
      notes: text(2000).optional(),
    }),
    access: CUSTOMER_EDITORS,
    kind: 'write',
  }),
};

export type { WarrantyStatus };
