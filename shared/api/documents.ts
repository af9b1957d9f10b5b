import { z } from 'zod';
import { method } from './define';
import { idSchema } from './common';
import { CUSTOMER_EDITORS, CUSTOMER_READERS } from './customers';
import { DOCUMENT_KINDS, type HandoverDocument } from './equipment';

/** Handover documents are files; 25 MiB each is far above any drawing set scanned at a sane resolution. */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;

export const documentsApi = {
  'documents.add': method<HandoverDocument>()({
    summary: 'Adds a handover document (竣工资料) to a customer, optionally tied to a site and equipment. The file is stored in the data folder under its SHA-256.',
    input: z.strictObject({
      customerId: idSchema,
      siteId: idSchema.nullable().optional(),
      equipmentId: idSchema.nullable().optional(),
      kind: z.enum(DOCUMENT_KINDS),
      title: z.string().trim().max(200).optional(),
      fileName: z.string().trim().min(1).max(255),
      mimeType: z.string().trim().max(120).optional(),
      contentBase64: z.string().min(1).max(Math.ceil((DOCUMENT_MAX_BYTES * 4) / 3) + 4),
    }),
    access: CUSTOMER_EDITORS,
    kind: 'write',
  }),
  'documents.list': method<{ items: HandoverDocument[] }>()({
    summary: "A customer's handover documents, or one site's.",
    input: z.strictObject({ customerId: idSchema, siteId: idSchema.optional() }),
    access: CUSTOMER_READERS,
    kind: 'read',
  }),
  'documents.content': method<{ fileName: string; mimeType: string; contentBase64: string }>()({
    summary: 'The file of a handover document, to open or save.',
    input: z.strictObject({ id: idSchema }),
    access: CUSTOMER_READERS,
    kind: 'read',
  }),
};
