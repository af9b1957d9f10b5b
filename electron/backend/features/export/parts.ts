// The store's parts list as a file, filtered as the parts screen lists them (bin, status, below reorder point, a
// search). Its columns are the parts import's (shared/parts/columns.ts): the file imports again as it is, its stock on
// hand as the opening stock of the store it goes to.
import type { ExportedFile, exportApi } from '../../../../shared/api/export';
import { PART_IMPORT_FIELDS, type PartImportField } from '../../../../shared/api/import';
import { PART_COLUMN_LABELS, PART_STATUS_WORDS, yuanText } from '../../../../shared/parts/columns';
import { milliText } from '../../../../shared/parts/quantity';
import { sql, type Db } from '../../db/connection';
import type { HandlerContext, HandlersOf } from '../../context';
import { centerToday } from '../../lib/center-time';
import { binKey, findPartRow, listParts, searchParts, type PartStockRow } from '../parts';
import { spreadsheetFile } from './files';

type ExportPartsInput = Parameters<HandlersOf<typeof exportApi>['export.parts']>[1];

const PAGE = 500;
/** The search box shows its best 100; the export of a search is the same list. */
const SEARCH_LIMIT = 100;

/** The header of the stock column: a name the import reads as the opening stock. */
const ON_HAND_LABEL = { 'zh-CN': '库存数量', en: 'On hand' } as const;

function modelsOf(db: Db, ids: readonly number[]): Map<number, string[]> {
  const rows = sql(
    db,
    `SELECT pm.part_id AS id, m.model FROM json_each(?) j JOIN part_models pm ON pm.part_id = j.value
     JOIN product_models m ON m.id = pm.model_id ORDER BY pm.part_id, m.model_key`,
  ).all(JSON.stringify(ids)) as { id: number; model: string }[];
  const models = new Map<number, string[]>();
  for (const row of rows) models.set(row.id, [...(models.get(row.id) ?? []), row.model]);
  return models;
}

/** The rows of the filtered list: a search's best matches, or every part by code. */
function* filteredParts(db: Db, input: ExportPartsInput): Generator<PartStockRow[]> {
  const query = input.query?.trim() ?? '';
  if (query !== '') {
    const found = searchParts(db, query, { limit: SEARCH_LIMIT, includeDiscontinued: input.status !== 'active' });
    const ids = found
      .filter((p) => (input.status === undefined || p.status === input.status) && (!input.low || p.low))
      .filter((p) => input.bin === undefined || binKey(p.bin) === binKey(input.bin))
      .map((p) => p.id);
    yield ids.flatMap((id) => {
      const row = findPartRow(db, id);
      return row ? [row] : [];
    });
    return;
  }
  let after: string | null = null;
  for (;;) {
    const rows = listParts(db, { bin: input.bin, status: input.status, low: input.low }, after, PAGE);
    yield rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.code_key;
  }
}

export async function exportParts(ctx: HandlerContext, input: ExportPartsInput): Promise<ExportedFile> {
  const language = input.language ?? 'zh-CN';
  const rows: string[][] = [];
  for (const page of filteredParts(ctx.db, input)) {
    const models = modelsOf(ctx.db, page.map((p) => p.id));
    for (const part of page) {
      const value: Record<PartImportField, string> = {
        'part.code': part.code,
        'part.name': part.name,
        'part.spec': part.spec,
        'part.unit': part.unit,
        'part.bin': part.bin,
        'part.reorderPoint': milliText(part.reorder_point),
        'part.unitCost': yuanText(part.unit_cost_fen),
        'part.status': PART_STATUS_WORDS[part.status][language],
        'part.models': (models.get(part.id) ?? []).join('; '),
        'part.notes': part.notes,
        'part.openingStock': milliText(part.on_hand),
      };
      rows.push(PART_IMPORT_FIELDS.map((field) => value[field]));
    }
  }
  const header = PART_IMPORT_FIELDS.map((field) => (field === 'part.openingStock' ? ON_HAND_LABEL[language] : PART_COLUMN_LABELS[field][language]));
  const stamp = centerToday(ctx.db, ctx.now()).replaceAll('-', '');
  const baseName = language === 'zh-CN' ? `备品备件-${stamp}` : `spare-parts-${stamp}`;
  return spreadsheetFile(input.format, baseName, language === 'zh-CN' ? '备品备件' : 'Spare parts', header, rows);
}
