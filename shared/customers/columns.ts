// The spreadsheet columns of the archive, for import and export alike: an exported file imports again as it is.
import type { ImportField } from '../api/import';

export const COLUMN_LABELS: Record<ImportField, { 'zh-CN': string; en: string; aliases: string[] }> = {
  'customer.code': { 'zh-CN': '客户编码', en: 'Customer code', aliases: ['客户编号', '编码', '编号', 'code', 'customer no'] },
  'customer.name': { 'zh-CN': '客户名称', en: 'Customer name', aliases: ['客户', '名称', '单位名称', '用户名称', '客户名', 'customer', 'name', 'company'] },
  'customer.kind': { 'zh-CN': '客户类型', en: 'Customer kind', aliases: ['类型', '性质', 'kind', 'type'] },
  'customer.address': { 'zh-CN': '地址', en: 'Address', aliases: ['客户地址', '单位地址', '详细地址', 'address'] },
  'customer.region': { 'zh-CN': '地区', en: 'Region', aliases: ['区域', '城市', '所在地区', 'region', 'city', 'area'] },
  'customer.notes': { 'zh-CN': '备注', en: 'Notes', aliases: ['说明', 'notes', 'remark', 'remarks'] },
  'contact.name': { 'zh-CN': '联系人', en: 'Contact', aliases: ['联系人姓名', '姓名', 'contact', 'contact name'] },
  'contact.title': { 'zh-CN': '职务', en: 'Title', aliases: ['职位', '岗位', 'title', 'position'] },
  'contact.email': { 'zh-CN': '电子邮件', en: 'Email', aliases: ['邮箱', '电子邮箱', 'email', 'e-mail'] },
  'contact.phones': {
    'zh-CN': '联系电话',
    en: 'Phones',
    aliases: ['电话', '手机', '手机号', '电话号码', '联系方式', 'phone', 'phones', 'mobile', 'tel', 'telephone'],
  },
  'site.name': { 'zh-CN': '安装地点', en: 'Site', aliases: ['地点', '安装位置', '机房', 'site', 'location'] },
  'equipment.model': { 'zh-CN': '型号', en: 'Model', aliases: ['设备型号', '产品型号', 'model'] },
  'equipment.serialNumber': { 'zh-CN': '序列号', en: 'Serial number', aliases: ['序列号码', '出厂编号', 'sn', 's/n', 'serial', 'serial no'] },
  'equipment.category': { 'zh-CN': '设备类别', en: 'Category', aliases: ['类别', '设备类型', 'category'] },
  'equipment.installDate': { 'zh-CN': '安装日期', en: 'Install date', aliases: ['安装时间', 'install date', 'installed'] },
  'equipment.acceptanceDate': {
    'zh-CN': '验收合格日期',
    en: 'Acceptance date',
    aliases: ['验收日期', '验收时间', 'acceptance date', 'accepted'],
  },
  'equipment.warrantyStart': { 'zh-CN': '保修开始', en: 'Warranty start', aliases: ['保修起始日期', '保修开始日期', 'warranty start'] },
  'equipment.warrantyEnd': {
    'zh-CN': '保修截止',
    en: 'Warranty end',
    aliases: ['保修到期', '保修截止日期', '保修结束', '保修期至', 'warranty end', 'warranty until'],
  },
};

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s_:：()（）*]+/g, '');

/** Guesses which column holds which field from the header row, by the labels of both languages and common aliases. */
export function guessMapping(columns: readonly string[]): Partial<Record<ImportField, number>> {
  const mapping: Partial<Record<ImportField, number>> = {};
  const taken = new Set<number>();
  for (const [field, label] of Object.entries(COLUMN_LABELS) as [ImportField, (typeof COLUMN_LABELS)[ImportField]][]) {
    const names = new Set([label['zh-CN'], label.en, ...label.aliases].map(fold));
    const index = columns.findIndex((column, i) => !taken.has(i) && names.has(fold(column)));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** Words people write in a kind column. */
export function parseCustomerKind(text: string): 'organization' | 'individual' | null {
  const value = fold(text);
  if (['', '单位', '企业', '公司', '机构', 'organization', 'organisation', 'org', 'company'].includes(value)) return 'organization';
  if (['个人', '个体', 'individual', 'person', 'personal'].includes(value)) return 'individual';
  return null;
}

/** Phone cells hold one number or several, separated by ; , ， ； 、 / or line breaks (spaces belong to the number). */
export function splitPhones(cell: string): string[] {
  return cell
    .split(/[;,，；、/\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Dates as spreadsheets hold them: 2026-03-01, 2026/3/1, 2026.03.01, 2026年3月1日. */
export function parseSpreadsheetDate(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const value = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? value : null;
}
