// The print routes (renderer/src/print/): their addresses under the hash router, built by the preview screens, read by
// the print pages, and checked by the Electron main process before it loads one in a hidden window.
import { z } from 'zod';
import { LANGUAGES, type Language } from '../api/common';
import { COMPLAINT_STATES, type ComplaintState } from '../complaints/route';
import { isCalendarDate } from '../customers/dates';

/** Both parts of a complaint form on one A4 page, or either part alone. */
export const PRINT_PARTS = ['both', 'part1', 'part2'] as const;
export type PrintPart = (typeof PRINT_PARTS)[number];

export const COMPLAINT_FORM_PRINT_PATH = '/print/complaint/:id';
export const COMPLAINT_REGISTER_PRINT_PATH = '/print/complaint-register';
export const STOCKTAKE_PRINT_PATH = '/print/stocktake/:id';
/** 维修备品采购单: one purchase request on A4 with its signature lines. */
export const PURCHASE_FORM_PRINT_PATH = '/print/purchase/:id';
export const PART_LABELS_PRINT_PATH = '/print/part-labels';
/** 故障处理派工单: one work order on A4 with the technician's and the customer's signature lines. */
export const WORK_ORDER_PRINT_PATH = '/print/work-order/:id';
/** 故障处理备品替换通知 and 报废品处理记录: one record on A4 with its signature lines. */
export const REPLACEMENT_FORM_PRINT_PATH = '/print/replacement/:id';
export const SCRAP_FORM_PRINT_PATH = '/print/scrap/:id';

export interface ComplaintFormPrint {
  id: number;
  part: PrintPart;
  lang: Language;
}

export interface ComplaintRegisterPrint {
  from: string;
  to: string;
  departmentId?: number;
  state?: ComplaintState;
  lang: Language;
}

const isLanguage = (value: string | null): value is Language => (LANGUAGES as readonly (string | null)[]).includes(value);
const isPart = (value: string | null): value is PrintPart => (PRINT_PARTS as readonly (string | null)[]).includes(value);
const isState = (value: string | null): value is ComplaintState => (COMPLAINT_STATES as readonly (string | null)[]).includes(value);
const positiveId = (value: string | null): number | undefined =>
  value !== null && /^[1-9]\d{0,14}$/.test(value) ? Number(value) : undefined;

export function complaintFormPrintRoute({ id, part, lang }: ComplaintFormPrint): string {
  return `/print/complaint/${id}?${new URLSearchParams({ part, lang }).toString()}`;
}

export function complaintRegisterPrintRoute({ from, to, departmentId, state, lang }: ComplaintRegisterPrint): string {
  const params = new URLSearchParams({ from, to });
  if (departmentId !== undefined) params.set('departmentId', String(departmentId));
  if (state !== undefined) params.set('state', state);
  params.set('lang', lang);
  return `${COMPLAINT_REGISTER_PRINT_PATH}?${params.toString()}`;
}

/** A count sheet (盘点表) in a language. */
export function stocktakePrintRoute({ id, lang }: { id: number; lang: Language }): string {
  return `/print/stocktake/${id}?${new URLSearchParams({ lang }).toString()}`;
}

/** The count sheet's language from the address (the UI's when it does not say). */
export function readStocktakeSearch(search: string, fallbackLang: Language): { lang: Language } {
  const lang = new URLSearchParams(search).get('lang');
  return { lang: isLanguage(lang) ? lang : fallbackLang };
}

export function purchaseFormPrintRoute({ id, lang }: { id: number; lang: Language }): string {
  return `/print/purchase/${id}?${new URLSearchParams({ lang }).toString()}`;
}

export function workOrderPrintRoute({ id, lang }: { id: number; lang: Language }): string {
  return `/print/work-order/${id}?${new URLSearchParams({ lang }).toString()}`;
}

export function replacementFormPrintRoute({ id, lang }: { id: number; lang: Language }): string {
  return `/print/replacement/${id}?${new URLSearchParams({ lang }).toString()}`;
}

export function scrapFormPrintRoute({ id, lang }: { id: number; lang: Language }): string {
  return `/print/scrap/${id}?${new URLSearchParams({ lang }).toString()}`;
}

/** The language a print page's address asks for, else the UI's. */
export function readPrintLanguage(search: string, fallbackLang: Language): Language {
  const lang = new URLSearchParams(search).get('lang');
  return isLanguage(lang) ? lang : fallbackLang;
}

/** The form's choices from the address; what is missing or not understood falls back (both parts, the UI's language). */
export function readComplaintFormSearch(search: string, fallbackLang: Language): { part: PrintPart; lang: Language } {
  const params = new URLSearchParams(search);
  const part = params.get('part');
  const lang = params.get('lang');
  return { part: isPart(part) ? part : 'both', lang: isLanguage(lang) ? lang : fallbackLang };
}

/** The register's choices from the address, or null when the dates are missing or not dates. */
export function readRegisterSearch(search: string, fallbackLang: Language): ComplaintRegisterPrint | null {
  const params = new URLSearchParams(search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (!isCalendarDate(from) || !isCalendarDate(to)) return null;
  const lang = params.get('lang');
  const state = params.get('state');
  const departmentId = positiveId(params.get('departmentId'));
  return {
    from,
    to,
    ...(departmentId !== undefined && { departmentId }),
    ...(isState(state) && { state }),
    lang: isLanguage(lang) ? lang : fallbackLang,
  };
}

/** A sheet of labels: of parts (by id, in the order given) or of bins (库位, as written). */
export type LabelsChoice = { parts: number[]; bins?: undefined } | { bins: string[]; parts?: undefined };
export type PartLabelsPrint = LabelsChoice & { lang: Language };

const MAX_LABELS_ASKED = 480;

/**
 * `parts=1,2,3` or `bins=A-01,A-02`: each bin encoded (a comma inside a bin is %2C), the commas between them plain, so
 * the address reads as the brief writes it and every bin survives.
 */
const encodeBin = (bin: string) => encodeURIComponent(bin).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function labelsSearch(choice: LabelsChoice): string {
  return choice.parts ? `parts=${choice.parts.join(',')}` : `bins=${choice.bins.map(encodeBin).join(',')}`;
}

export function partLabelsPrintRoute(print: PartLabelsPrint): string {
  return `${PART_LABELS_PRINT_PATH}?${labelsSearch(print)}&lang=${print.lang}`;
}

/** The raw (still encoded) value of one parameter of a query string. */
function rawParam(search: string, name: string): string | null {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at) === name) return pair.slice(at + 1);
  }
  return null;
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' ')).normalize('NFKC').trim();
  } catch {
    return null;
  }
}

/** The labels an address asks for, or null when it names neither parts nor bins (or too many, or not understood). */
export function readLabelsSearch(search: string): LabelsChoice | null {
  const parts = rawParam(search, 'parts');
  if (parts !== null) {
    const ids = parts.split(',').map(positiveId);
    if (ids.length === 0 || ids.length > MAX_LABELS_ASKED || ids.some((id) => id === undefined)) return null;
    return { parts: ids as number[] };
  }
  const bins = rawParam(search, 'bins');
  if (bins === null) return null;
  const names = bins.split(',').map(decoded);
  if (names.length === 0 || names.length > MAX_LABELS_ASKED || names.some((name) => name === null || name === '' || name.length > 40)) return null;
  return { bins: names as string[] };
}

export function readPartLabelsSearch(search: string, fallbackLang: Language): PartLabelsPrint | null {
  const choice = readLabelsSearch(search);
  const lang = new URLSearchParams(search).get('lang');
  return choice && { ...choice, lang: isLanguage(lang) ? lang : fallbackLang };
}

// Only our own print routes, with plain query characters: nothing the hidden window could be sent elsewhere with.
const FORM_ROUTE = /^\/print\/complaint\/[1-9]\d{0,14}(\?[A-Za-z0-9=&_.-]{0,200})?$/;
const REGISTER_ROUTE = /^\/print\/complaint-register\?[A-Za-z0-9=&_.-]{1,200}$/;
const STOCKTAKE_ROUTE = /^\/print\/stocktake\/[1-9]\d{0,14}(\?[A-Za-z0-9=&_.-]{0,200})?$/;
const PURCHASE_ROUTE = /^\/print\/purchase\/[1-9]\d{0,14}(\?[A-Za-z0-9=&_.-]{0,200})?$/;
const WORK_ORDER_ROUTE = /^\/print\/work-order\/[1-9]\d{0,14}(\?[A-Za-z0-9=&_.-]{0,200})?$/;
const REPLACEMENT_ROUTE = /^\/print\/replacement\/[1-9]\d{0,14}(\?[A-Za-z0-9=&_.-]{0,200})?$/;
const SCRAP_ROUTE = /^\/print\/scrap\/[1-9]\d{0,14}(\?[A-Za-z0-9=&_.-]{0,200})?$/;
// Bins are percent-encoded: a label route holds letters, digits, % escapes and the separators, nothing else.
const LABELS_ROUTE = /^\/print\/part-labels\?[A-Za-z0-9=&_.,%~-]{1,4000}$/;

/** Whether `route` is one of the print routes and nothing else: what the main process agrees to load and print. */
export function isPrintRoute(route: string): boolean {
  return [FORM_ROUTE, REGISTER_ROUTE, STOCKTAKE_ROUTE, PURCHASE_ROUTE, WORK_ORDER_ROUTE, REPLACEMENT_ROUTE, SCRAP_ROUTE, LABELS_ROUTE].some((pattern) => pattern.test(route));
}

/** The language a print route asks for, or null. */
export function printRouteLanguage(route: string): Language | null {
  const lang = new URLSearchParams(route.split('?')[1] ?? '').get('lang');
  return isLanguage(lang) ? lang : null;
}

/** A file name the save dialog may offer: no folders, no characters Windows refuses, always `.pdf`. */
export function safePdfFileName(name: string): string {
  const cleaned = [...name]
    .map((char) => (char.charCodeAt(0) < 32 ? '_' : char))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 120);
  const base = cleaned === '' ? 'print' : cleaned;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

/** What the page asks the desktop host to print: a print route, to a printer or to a PDF file. */
export const printRequestSchema = z.strictObject({
  route: z.string().max(4100).refine(isPrintRoute, { message: 'validation.printRoute' }),
  pdf: z.boolean(),
  fileName: z.string().max(200).optional(),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;

/** How a print ended: sent to the printer, saved to a file, or cancelled by the user in a dialog. */
export interface PrintOutcome {
  outcome: 'printed' | 'saved' | 'cancelled';
  path: string | null;
}
