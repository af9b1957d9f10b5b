import {
  IMPORT_DUPLICATES_LISTED,
  IMPORT_MAX_BYTES,
  PART_IMPORT_REQUIRED,
  type ImportMapping,
  type importApi,
  type PartImportMapping,
} from '../../../../shared/api/import';
import { guessMapping } from '../../../../shared/customers/columns';
import { guessPartMapping } from '../../../../shared/parts/columns';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { DomainError, fieldInvalid } from '../../lib/errors';
import { Importer } from './importer';
import { PartsImporter } from './parts-importer';
import { partValuesOf, planPartsImport, type PartImportPlan } from './parts-records';
import { planImport, valuesOf } from './records';
import { readSheet, type Sheet } from './spreadsheet';

const SAMPLE_ROWS = 20;

async function sheetOf(input: { fileName: string; contentBase64: string }): Promise<Sheet> {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length > IMPORT_MAX_BYTES) throw new DomainError('validation', 'The file is larger than 20 MiB', 'import.tooLarge');
  try {
    return await readSheet(input.fileName, content);
  } catch (error) {
    throw new DomainError('validation', `The file cannot be read: ${(error as Error).message}`, 'import.unreadable');
  }
}

function checkMapping(sheet: Sheet, mapping: ImportMapping): void {
  const outside = Object.entries(mapping).find(([, column]) => column >= sheet.columns.length);
  if (outside) throw fieldInvalid(`mapping.${outside[0]}`, 'validation.invalidChoice', `Column ${outside[1]} does not exist`);
  if (mapping['customer.name'] === undefined) {
    throw fieldInvalid('mapping.customer.name', 'validation.required', 'Choose the column that holds the customer name');
  }
}

function checkPartMapping(sheet: Sheet, mapping: PartImportMapping): void {
  const outside = Object.entries(mapping).find(([, column]) => column >= sheet.columns.length);
  if (outside) throw fieldInvalid(`mapping.${outside[0]}`, 'validation.invalidChoice', `Column ${outside[1]} does not exist`);
  const missing = PART_IMPORT_REQUIRED.find((field) => mapping[field] === undefined);
  if (missing) throw fieldInvalid(`mapping.${missing}`, 'validation.required', `Choose the column that holds ${missing}`);
}

const partsMapped = (mapping: PartImportMapping) => PART_IMPORT_REQUIRED.every((field) => mapping[field] !== undefined);

export const importHandlers = {
  'import.preview': async (ctx, input) => {
    const sheet = await sheetOf(input);
    const mapping = input.mapping ?? guessMapping(sheet.columns);
    if (input.mapping) checkMapping(sheet, mapping);
    const plan = mapping['customer.name'] === undefined ? null : planImport(ctx.db, sheet, mapping);
    return {
      columns: sheet.columns,
      mapping,
      rowCount: sheet.rows.length,
      validRowCount: plan?.validRowCount ?? 0,
      invalidRows: plan?.problems ?? [],
      sample: sheet.rows.slice(0, SAMPLE_ROWS).map(({ row, cells }) => ({ row, values: valuesOf(cells, mapping) })),
      customersToCreate: plan?.customersToCreate ?? 0,
      customersToAddTo: plan?.customersToAddTo ?? 0,
      equipmentToCreate: plan?.equipmentToCreate ?? 0,
      possibleDuplicates: plan?.possibleDuplicates.slice(0, IMPORT_DUPLICATES_LISTED) ?? [],
      possibleDuplicateCount: plan?.possibleDuplicates.length ?? 0,
      possibleDuplicateEquipment: plan?.possibleDuplicates.reduce((sum, d) => sum + d.equipment, 0) ?? 0,
    };
  },

  'import.commit': async (ctx, input) => {
    const sheet = await sheetOf(input);
    checkMapping(sheet, input.mapping);
    await ctx.services.writeGate.whenFree();
    const plan = planImport(ctx.db, sheet, input.mapping, input.decisions ?? {}, input.otherDuplicates);
    if (plan.undecided.length > 0) {
      // Nothing is merged silently: each customer that may be one on file needs the user's word.
      throw new DomainError('validation', `${plan.undecided.length} possible duplicates have no decision`, 'import.duplicatesUndecided', {
        fields: plan.undecided.slice(0, 20).map((d) => ({ path: `decisions.${d.key}`, key: 'import.duplicateUndecided' })),
      });
    }
    return startImport(ctx, input.fileName, plan);
  },

  'import.previewParts': async (ctx, input) => {
    const sheet = await sheetOf(input);
    const mapping = input.mapping ?? guessPartMapping(sheet.columns);
    if (input.mapping) checkPartMapping(sheet, mapping);
    const plan = partsMapped(mapping) ? planPartsImport(ctx.db, sheet, mapping) : null;
    return {
      columns: sheet.columns,
      mapping,
      rowCount: sheet.rows.length,
      validRowCount: plan?.records.length ?? 0,
      invalidRows: plan?.problems ?? [],
      sample: sheet.rows.slice(0, SAMPLE_ROWS).map(({ row, cells }) => ({ row, values: partValuesOf(cells, mapping) })),
      partsToCreate: plan?.records.length ?? 0,
      openingStockRows: plan?.records.filter((r) => r.openingStock > 0).length ?? 0,
    };
  },

  'import.commitParts': async (ctx, input) => {
    const sheet = await sheetOf(input);
    checkPartMapping(sheet, input.mapping);
    await ctx.services.writeGate.whenFree();
    return startPartsImport(ctx, input.fileName, planPartsImport(ctx.db, sheet, input.mapping));
  },

  'import.progress': (ctx, input) => {
    const progress = ctx.services.imports.get(input.jobId);
    if (!progress) throw new DomainError('not_found', 'There is no such import', 'import.unknownJob');
    return progress;
  },
} satisfies HandlersOf<typeof importApi>;

function startImport(ctx: HandlerContext, fileName: string, plan: ReturnType<typeof planImport>) {
  const run = { audit: ctx.services.audit, now: ctx.now, userId: signedIn(ctx).id, fileName, plan };
  return ctx.services.imports.start({
    db: () => ctx.db,
    gate: ctx.services.writeGate,
    audit: ctx.services.audit,
    records: plan.records,
    open: (db, progress, inTurns) => new Importer(db, run, progress, { documentsInWorker: inTurns }),
  });
}

function startPartsImport(ctx: HandlerContext, fileName: string, plan: PartImportPlan) {
  const run = { audit: ctx.services.audit, now: ctx.now, userId: signedIn(ctx).id, fileName };
  return ctx.services.imports.start({
    db: () => ctx.db,
    gate: ctx.services.writeGate,
    audit: ctx.services.audit,
    records: plan.records,
    open: (db, progress) => new PartsImporter(db, run, progress),
  });
}
