// The spreadsheet columns of the spare parts list, for import and export alike: an exported file imports again as it
// is. Column names of both languages and the ones stores write (编码, 备件编码, 规格型号, 库位, 最低库存, 单价…) are recognised.
import type { PartImportField, PartImportMapping } from '../api/import';
import type { PartStatus } from '../api/parts';

export const PART_COLUMN_LABELS: Record<PartImportField, { 'zh-CN': string; en: string; aliases: string[] }> = {
  'part.code': { 'zh-CN': '备件编码', en: 'Part code', aliases: ['编码', '编号', '备件编号', '物料编码', '物料号', 'code', 'part no', 'part number', 'item code'] },
  'part.name': { 'zh-CN': '名称', en: 'Name', aliases: ['备件名称', '物料名称', '品名', 'name', 'part name', 'description'] },
  'part.spec': { 'zh-CN': '规格型号', en: 'Spec', aliases: ['规格', '型号规格', '型号', 'spec', 'specification', 'model/spec'] },
  'part.unit': { 'zh-CN': '单位', en: 'Unit', aliases: ['计量单位', 'unit', 'uom'] },
  'part.bin': { 'zh-CN': '库位', en: 'Bin', aliases: ['货位', '储位', '库位号', 'bin', 'location', 'bin location'] },
  'part.reorderPoint': { 'zh-CN': '最低库存', en: 'Reorder point', aliases: ['安全库存', '最小库存', '库存下限', 'reorder point', 'min stock', 'minimum stock'] },
  'part.unitCost': { 'zh-CN': '单价', en: 'Unit cost', aliases: ['单价(元)', '单价（元）', '成本价', '价格', 'unit cost', 'unit price', 'price', 'cost'] },
  'part.status': { 'zh-CN': '状态', en: 'Status', aliases: ['status'] },
  'part.models': { 'zh-CN': '适用型号', en: 'Compatible models', aliases: ['适用机型', '适用设备', '适用产品', 'compatible models', 'models', 'fits'] },
  'part.notes': { 'zh-CN': '备注', en: 'Notes', aliases: ['说明', 'notes', 'remark', 'remarks'] },
  'part.openingStock': { 'zh-CN': '期初库存', en: 'Opening stock', aliases: ['期初数量', '库存数量', '现有库存', 'opening stock', 'opening quantity', 'on hand'] },
};

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s_:：()（）*]+/g, '');

/** Guesses which column holds which field from the header row; a name exactly a field's label wins over an alias. */
export function guessPartMapping(columns: readonly string[]): PartImportMapping {
  const mapping: PartImportMapping = {};
  const taken = new Set<number>();
  const folded = columns.map(fold);
  const entries = Object.entries(PART_COLUMN_LABELS) as [PartImportField, (typeof PART_COLUMN_LABELS)[PartImportField]][];
  for (const pass of ['labels', 'aliases'] as const) {
    for (const [field, label] of entries) {
      if (mapping[field] !== undefined) continue;
      const names = new Set((pass === 'labels' ? [label['zh-CN'], label.en] : label.aliases).map(fold));
      const index = folded.findIndex((column, i) => !taken.has(i) && names.has(column));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
      }
    }
  }
  return mapping;
}

const STATUS_WORDS: Record<PartStatus, string[]> = {
  active: ['', '正常', '在用', '启用', '有效', '可用', 'active', 'in use'],
  discontinued: ['停产', '停用', '淘汰', 'discontinued', 'obsolete'],
};

/** Words people write in a status column: empty is active. */
export function parsePartStatus(text: string): PartStatus | null {
  const value = fold(text);
  for (const status of ['active', 'discontinued'] as const) if (STATUS_WORDS[status].map(fold).includes(value)) return status;
  return null;
}

export const PART_STATUS_WORDS: Record<PartStatus, { 'zh-CN': string; en: string }> = {
  active: { 'zh-CN': '正常', en: 'active' },
  discontinued: { 'zh-CN': '停产', en: 'discontinued' },
};

/** The most a unit may cost: ten million yuan (as unitCostFenSchema). */
const MAX_FEN = 1_000_000_000;

/** A price in yuan as spreadsheets hold it (12.5, ¥1,234.00, 12.50元) in fen; null when it is not one or not exact to the fen. */
export function parseYuan(text: string): number | null {
  const cleaned = text.normalize('NFKC').trim().replace(/^[¥￥]|元$|[,\s]/g, '');
  const match = /^(\d+)(?:\.(\d{1,2})0*)?$/.exec(cleaned);
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) && fen <= MAX_FEN ? fen : null;
}

/** A price in fen as the export writes it: yuan with two decimals (1250 → 12.50). */
export function yuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Compatible models as one cell holds them: separated by ; , ， ； 、 or line breaks. */
export function splitModels(cell: string): string[] {
  return cell
    .split(/[;,，；、\n]+/)
    .map((m) => m.normalize('NFKC').trim())
    .filter((m) => m !== '');
}
