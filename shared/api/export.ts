import { z } from 'zod';
import { method } from './define';
import { CUSTOMER_KINDS } from './customers';
import { ARCHIVE_TRANSFER_ROLES } from './import';
import { WARRANTY_STATUSES } from '../customers/dates';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;

export const exportApi = {
  'export.customers': method<{ fileName: string; mimeType: string; contentBase64: string; rowCount: number }>()({
    summary: 'The customers of a filtered list (with contacts and equipment) as an Excel or CSV file.',
    input: z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      region: z.string().trim().max(60).optional(),
      kind: z.enum(CUSTOMER_KINDS).optional(),
      active: z.boolean().optional(),
      warrantyStatus: z.enum(WARRANTY_STATUSES).optional(),
      language: z.enum(['zh-CN', 'en']).optional(),
    }),
    access: ARCHIVE_TRANSFER_ROLES,
    kind: 'read',
  }),
};
