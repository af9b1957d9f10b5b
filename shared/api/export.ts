import { z } from 'zod';
import { method } from './define';
import { CUSTOMER_KINDS } from './customers';
import { ARCHIVE_TRANSFER_ROLES } from './import';
import { WARRANTY_STATUSES } from '../customers/dates';
import { PART_STATUSES, STORE_KEEPERS } from './parts';
import type { Role } from './roles';

/** Who may take the store's list away as a file: the clerks who keep it, and supervisors and admins. */
export const PARTS_EXPORT_ROLES: readonly Role[] = [...STORE_KEEPERS, 'supervisor', 'admin'];

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
}

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
  'export.parts': method<ExportedFile>()({
    summary:
      'The parts of a filtered list (as parts.list: bin, status, below reorder point; and a search) as an Excel or CSV file whose columns the parts import reads back.',
    input: z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      bin: z.string().max(40).optional(),
      status: z.enum(PART_STATUSES).optional(),
      low: z.boolean().optional(),
      query: z.string().max(100).optional(),
      language: z.enum(['zh-CN', 'en']).optional(),
    }),
    access: PARTS_EXPORT_ROLES,
    kind: 'read',
  }),
};
