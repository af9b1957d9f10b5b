import { IMPORT_FIELDS, type ImportField } from '../../../../shared/api/import';
import type { exportApi } from '../../../../shared/api/export';
import { COLUMN_LABELS } from '../../../../shared/customers/columns';
import type { HandlersOf } from '../../context';
import { spreadsheetFile } from './files';
import { exportParts } from './parts';
import { findCustomer, listCustomers, sitesOf } from '../customers';
import { equipmentOf } from '../equipment';
import { centerToday } from '../../lib/center-time';

const PAGE = 100;

const KIND_WORDS = { organization: { 'zh-CN': '单位', en: 'organization' }, individual: { 'zh-CN': '个人', en: 'individual' } } as const;

export const exportHandlers = {
  'export.customers': async (ctx, input) => {
    const language = input.language ?? 'zh-CN';
    const today = centerToday(ctx.db, ctx.now());
    const rows: string[][] = [];
    // The same columns as the import reads: one row per piece of equipment (or per contact when there is none).
    let after: string | undefined;
    do {
      const page = listCustomers(
        ctx.db,
        {
          sort: 'code',
          today,
          ...(input.region !== undefined && { region: input.region }),
          ...(input.kind !== undefined && { kind: input.kind }),
          ...(input.active !== undefined && { active: input.active }),
          ...(input.warrantyStatus !== undefined && { warrantyStatus: input.warrantyStatus }),
        },
        after,
        PAGE,
      );
      for (const summary of page.items) {
        const customer = findCustomer(ctx.db, summary.id)!;
        const sites = new Map(sitesOf(ctx.db, customer.id).map((s) => [s.id, s.name]));
        const equipment = equipmentOf(ctx.db, customer.id, today);
        const lines = Math.max(1, customer.contacts.length, equipment.length);
        for (let i = 0; i < lines; i++) {
          const contact = customer.contacts[i];
          const unit = equipment[i];
          const value: Record<ImportField, string> = {
            'customer.code': customer.code,
            'customer.name': customer.name,
            'customer.kind': KIND_WORDS[customer.kind][language],
            'customer.address': customer.address,
            'customer.region': customer.region,
            'customer.notes': customer.notes,
            'contact.name': contact?.name ?? '',
            'contact.title': contact?.title ?? '',
            'contact.email': contact?.email ?? '',
            'contact.phones': contact?.phones.map((p) => p.number).join('; ') ?? '',
            'site.name': unit?.siteId ? (sites.get(unit.siteId) ?? '') : '',
            'equipment.model': unit?.model ?? '',
            'equipment.serialNumber': unit?.serialNumber ?? '',
            'equipment.category': unit?.category ?? '',
            'equipment.installDate': unit?.installDate ?? '',
            'equipment.acceptanceDate': unit?.acceptanceDate ?? '',
            'equipment.warrantyStart': unit?.warrantyStart ?? '',
            'equipment.warrantyEnd': unit?.warrantyEnd ?? '',
          };
          rows.push(IMPORT_FIELDS.map((field) => value[field]));
        }
      }
      after = page.nextCursor ?? undefined;
    } while (after);

    const header = IMPORT_FIELDS.map((field) => COLUMN_LABELS[field][language]);
    const stamp = today.replaceAll('-', '');
    const baseName = language === 'zh-CN' ? `客户档案-${stamp}` : `customers-${stamp}`;
    return spreadsheetFile(input.format, baseName, language === 'zh-CN' ? '客户档案' : 'Customers', header, rows);
  },

  'export.parts': (ctx, input) => exportParts(ctx, input),
} satisfies HandlersOf<typeof exportApi>;
