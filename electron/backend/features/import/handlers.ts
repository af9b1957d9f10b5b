import { IMPORT_DUPLICATES_LISTED, type importApi } from '../../../../shared/api/import';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { DomainError } from '../../lib/errors';
import { valuesOf } from './file-rows';
import { readCustomersFile, readPartsFile } from './file-reading';
import { Importer } from './importer';
import { PartsImporter } from './parts-importer';
import { partValuesOf, planPartsImport, type PartImportPlan } from './parts-records';
import { planImport, type ImportPlan } from './records';

export const importHandlers = {
  'import.preview': async (ctx, input) => {
    const { file, rows } = await readCustomersFile(input);
    const { mapping } = file;
    const plan = file.mapped ? await planImport(ctx.db, rows) : null;
    return {
      columns: file.columns,
      mapping,
      rowCount: file.rowCount,
      validRowCount: plan?.validRowCount ?? 0,
      invalidRows: plan?.problems ?? [],
      sample: file.firstRows.map(({ row, cells }) => ({ row, values: valuesOf(cells, mapping) })),
      customersToCreate: plan?.customersToCreate ?? 0,
      customersToAddTo: plan?.customersToAddTo ?? 0,
      equipmentToCreate: plan?.equipmentToCreate ?? 0,
      possibleDuplicates: plan?.possibleDuplicates.slice(0, IMPORT_DUPLICATES_LISTED) ?? [],
      possibleDuplicateCount: plan?.possibleDuplicates.length ?? 0,
      possibleDuplicateEquipment: plan?.possibleDuplicates.reduce((sum, d) => sum + d.equipment, 0) ?? 0,
    };
  },

  'import.commit': async (ctx, input) => {
    const { rows } = await readCustomersFile(input);
    // The file is read; what the archive has is read with the gate held, so no write slips in between that and the rows.
    const release = await ctx.services.writeGate.acquire();
    try {
      const plan = await planImport(ctx.db, rows, input.decisions ?? {}, input.otherDuplicates);
      if (plan.undecided.length > 0) {
        // Nothing is merged silently: each customer that may be one on file needs the user's word.
        throw new DomainError('validation', `${plan.undecided.length} possible duplicates have no decision`, 'import.duplicatesUndecided', {
          fields: plan.undecided.slice(0, 20).map((d) => ({ path: `decisions.${d.key}`, key: 'import.duplicateUndecided' })),
        });
      }
      return startImport(ctx, input.fileName, plan, release);
    } catch (error) {
      release();
      throw error;
    }
  },

  'import.previewParts': async (ctx, input) => {
    const { file, rows } = await readPartsFile(input);
    const { mapping } = file;
    const plan = file.mapped ? planPartsImport(ctx.db, rows, mapping) : null;
    return {
      columns: file.columns,
      mapping,
      rowCount: file.rowCount,
      validRowCount: plan?.records.length ?? 0,
      invalidRows: plan?.problems ?? [],
      sample: file.firstRows.map(({ row, cells }) => ({ row, values: partValuesOf(cells, mapping) })),
      partsToCreate: plan?.records.length ?? 0,
      openingStockRows: plan?.records.filter((r) => r.openingStock > 0).length ?? 0,
    };
  },

  'import.commitParts': async (ctx, input) => {
    const { rows } = await readPartsFile(input);
    const release = await ctx.services.writeGate.acquire();
    try {
      return startPartsImport(ctx, input.fileName, planPartsImport(ctx.db, rows, input.mapping), release);
    } catch (error) {
      release();
      throw error;
    }
  },

  'import.progress': (ctx, input) => {
    const progress = ctx.services.imports.get(input.jobId);
    if (!progress) throw new DomainError('not_found', 'There is no such import', 'import.unknownJob');
    return progress;
  },
} satisfies HandlersOf<typeof importApi>;

function startImport(ctx: HandlerContext, fileName: string, plan: ImportPlan, release: () => void) {
  const run = { audit: ctx.services.audit, now: ctx.now, userId: signedIn(ctx).id, fileName, plan };
  return ctx.services.imports.start({
    db: () => ctx.db,
    release,
    audit: ctx.services.audit,
    records: plan.records,
    open: (db, progress, inTurns) => {
      ctx.claimWrite();
      return new Importer(db, run, progress, { documentsInWorker: inTurns });
    },
  });
}

function startPartsImport(ctx: HandlerContext, fileName: string, plan: PartImportPlan, release: () => void) {
  const run = { audit: ctx.services.audit, now: ctx.now, userId: signedIn(ctx).id, fileName };
  return ctx.services.imports.start({
    db: () => ctx.db,
    release,
    audit: ctx.services.audit,
    records: plan.records,
    open: (db, progress) => {
      ctx.claimWrite();
      return new PartsImporter(db, run, progress);
    },
  });
}
