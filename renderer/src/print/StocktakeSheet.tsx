// 盘点表 (stock-take count sheet) on A4 portrait: on every page the center's name, the title, the sheet's number, date,
// bins and page, then the table's header; lines of code, name, spec, bin, unit, the book quantity (only when the sheet
// was made to show it), an empty count column and remarks; the signature lines (盘点人 / 复核人 / 库管员) under the last
// rows. Rows are one line each, so pages are counted (stocktake-pages.ts) rather than measured.
import type { TFunction } from 'i18next';
import type { Stocktake, StocktakeLine } from '../../../shared/api/stocktakes';
import { formatQuantity } from '../../../shared/parts/quantity';
import type { PrintFormat } from './format';
import { countSheetPages } from './stocktake-pages';

/** Heights in mm: the page's content (A4 less its margins), the heading, the header row, a line, the signatures. */
const PAGE_MM = 277;
const HEADING_MM = 27;
const HEADER_MM = 8;
const ROW_MM = 7.5;
const SIGNATURES_MM = 26;
/** Room left free on each page for rounding and borders. */
const SLACK_MM = 6;
const PER_PAGE = Math.floor((PAGE_MM - HEADING_MM - HEADER_MM - SLACK_MM) / ROW_MM);
const PER_LAST_PAGE = Math.floor((PAGE_MM - HEADING_MM - HEADER_MM - SIGNATURES_MM - SLACK_MM) / ROW_MM);

const COLUMNS = [
  { key: 'index', width: 9 },
  { key: 'code', width: 28 },
  { key: 'name', width: 40 },
  { key: 'spec', width: 28 },
  { key: 'bin', width: 17 },
  { key: 'unit', width: 10 },
  { key: 'book', width: 16 },
  { key: 'counted', width: 18 },
  { key: 'remarks', width: 0 },
] as const;

const CSS = `
.st-page { display: flow-root; }
@media print { .st-page + .st-page { break-before: page; } }
.st-heading { height: ${HEADING_MM}mm; box-sizing: border-box; }
.st-center { text-align: center; font-size: 10.5pt; }
.st-title { text-align: center; font-size: 17pt; font-weight: 500; margin: 0.5mm 0 2mm; }
.print-root:lang(zh-CN) .st-title { letter-spacing: 0.4em; margin-right: -0.4em; }
.st-meta { display: flex; justify-content: space-between; gap: 4mm; font-size: 9pt; white-space: nowrap; }
.st-meta b { font-weight: 500; }
.st-meta .st-bins { overflow: hidden; text-overflow: ellipsis; min-width: 0; flex: 1 1 auto; }
table.st-table { width: calc(100% - 0.6mm); margin: 0 0.3mm; border-collapse: collapse; table-layout: fixed; font-size: 8.5pt; }
table.st-table th { height: ${HEADER_MM}mm; border: 0.3mm solid #000; padding: 0 0.8mm; font-weight: 500; text-align: center; vertical-align: middle; line-height: 1.1; }
table.st-table td { height: ${ROW_MM}mm; border: 0.25mm solid #000; padding: 0 1mm; vertical-align: middle; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
table.st-table td.st-num { text-align: center; }
table.st-table td.st-qty { text-align: right; }
.st-signatures { display: flex; justify-content: space-between; margin-top: 8mm; font-size: 10pt; }
.st-signatures > div { width: 31%; }
.st-sign { display: flex; align-items: flex-end; gap: 2mm; height: 7mm; }
.st-sign span:last-child { flex: 1; border-bottom: 0.3mm solid #000; }
.st-total { margin-top: 1.5mm; font-size: 8.5pt; }
`;

interface SheetProps {
  sheet: Stocktake;
  centerName: string;
  binsText: string;
  lang: string;
  t: TFunction<'stocktakes'>;
  format: PrintFormat;
}

function Heading({ sheet, centerName, binsText, t, format, page, pages }: SheetProps & { page: number; pages: number }) {
  return (
    <div className="st-heading">
      <div className="st-center" data-testid="print-center-name">
        {centerName}
      </div>
      <div className="st-title">{t('print.title')}</div>
      <div className="st-meta">
        <span>
          {t('print.number')}：<b>{sheet.number}</b>
        </span>
        <span>
          {t('print.date')}：{format.date(sheet.madeAt)}
        </span>
        <span className="st-bins">
          {t('print.bins')}：{binsText}
        </span>
        <span>{t('print.pageNumber', { page, pages })}</span>
      </div>
    </div>
  );
}

function Row({ line, index, showBook, lang }: { line: StocktakeLine; index: number; showBook: boolean; lang: string }) {
  return (
    <tr data-testid="count-sheet-row">
      <td className="st-num">{index + 1}</td>
      <td>{line.code}</td>
      <td>{line.name}</td>
      <td>{line.spec}</td>
      <td>{line.bin}</td>
      <td className="st-num">{line.unit}</td>
      {showBook && <td className="st-qty">{formatQuantity(Math.round(line.book * 1000), lang)}</td>}
      <td />
      <td />
    </tr>
  );
}

export function StocktakeSheet(props: SheetProps) {
  const { sheet, lang, t } = props;
  const showBook = sheet.showBook;
  const columns = COLUMNS.filter((column) => showBook || column.key !== 'book');
  const pages = countSheetPages(sheet.lines.length, PER_PAGE, PER_LAST_PAGE);
  return (
    <div data-testid="print-count-sheet">
      <style>{CSS}</style>
      {pages.map(([start, end], page) => (
        <div key={start} className="print-sheet st-page">
          <Heading {...props} page={page + 1} pages={pages.length} />
          <table className="st-table">
            <colgroup>
              {columns.map((column) => (
                <col key={column.key} style={column.width ? { width: `${column.width}mm` } : undefined} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.key}>{t(`print.${column.key}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.lines.slice(start, end).map((line, i) => (
                <Row key={line.partId} line={line} index={start + i} showBook={showBook} lang={lang} />
              ))}
            </tbody>
          </table>
          {page === pages.length - 1 && (
            <>
              <div className="st-total">{t('print.lines', { count: sheet.lines.length })}</div>
              <div className="st-signatures">
                {(['counter', 'checker', 'keeper'] as const).map((who) => (
                  <div key={who}>
                    <div className="st-sign">
                      <span>{t(`print.${who}`)}：</span>
                      <span />
                    </div>
                    <div className="st-sign">
                      <span>{t('print.signDate')}：</span>
                      <span />
                    </div>
                  </div>
                ))}
              </div>
            </>
          )}
        </div>
      ))}
    </div>
  );
}
