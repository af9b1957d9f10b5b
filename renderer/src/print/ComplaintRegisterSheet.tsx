// 用户投诉及处理记录: one row per complaint received in the period, with its dates, routing, result and whether its
// deadline was met; the table's header on every page (the page numbers are in the @page footer), the totals after the
// last row. Laid out once whole to measure its rows, then as one short table a page (register-pages.ts).
import type { TFunction } from 'i18next';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ComplaintRegister, ComplaintRegisterRow } from '../../../shared/api/complaints';
import { departmentName } from '../features/departments';
import type { PrintFormat } from './format';
import { registerPages } from './register-pages';
import { mmToPx, pageContentHeightPx } from './styles';

/** Column widths in mm (277 in all, A4 landscape less the margins). */
const COLUMNS = [
  { key: 'index', width: 9 },
  { key: 'number', width: 26 },
  { key: 'receivedAt', width: 17 },
  { key: 'customer', width: 36 },
  { key: 'content', width: 40 },
  { key: 'routing', width: 24 },
  { key: 'routedAt', width: 17 },
  { key: 'dueAt', width: 17 },
  { key: 'handledAt', width: 17 },
  { key: 'deadline', width: 15 },
  { key: 'result', width: 26 },
  { key: 'repliedAt', width: 16 },
  { key: 'filedAt', width: 17 },
] as const;

/** The start of a long text, for a column of the register (the form has it whole). */
export function shortText(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function When({ ms, format, due }: { ms: number | null; format: PrintFormat; due?: boolean }) {
  if (ms === null) return null;
  // A deadline that ends a day is that day; one at another time (an hour-based policy) is given as date over time too.
  const { date, time } = due ? format.dueParts(ms) : { date: format.date(ms), time: format.time(ms) };
  return time ? (
    <>
      {date}
      <br />
      {time}
    </>
  ) : (
    <>{date}</>
  );
}

function deadlineCell(row: ComplaintRegisterRow, t: TFunction<'print'>) {
  if (row.deadlineMet === null) return '';
  if (row.deadlineMet !== 'late') return t(`deadline.${row.deadlineMet}`);
  return (
    <span className="rg-late">
      {t('deadline.late')}
      {row.breach !== 'none' && (
        <>
          <br />
          {t(`deadline.${row.breach}`)}
        </>
      )}
    </span>
  );
}

function Row({ row, index, lang, t, format }: { row: ComplaintRegisterRow; index: number; lang: string; t: TFunction<'print'>; format: PrintFormat }) {
  return (
    <tr data-testid="register-row">
      <td className="rg-num">{index + 1}</td>
      <td>{row.number}</td>
      <td className="rg-date">
        <When ms={row.receivedAt} format={format} />
      </td>
      <td>
        {row.customerName}
        {row.complainant !== row.customerName && (
          <>
            <br />
            {row.complainant}
          </>
        )}
      </td>
      <td>{shortText(row.content, 48)}</td>
      <td>
        {row.route ? t(`routes.${row.route}`) : t('register.notRouted')}
        {row.unit && (
          <>
            <br />
            {departmentName(row.unit, lang)}
          </>
        )}
      </td>
      <td className="rg-date">
        <When ms={row.sentAt ?? row.routedAt} format={format} />
      </td>
      <td className="rg-date">
        <When ms={row.dueAt} format={format} due />
      </td>
      <td className="rg-date">
        <When ms={row.handledAt} format={format} />
      </td>
      <td>{deadlineCell(row, t)}</td>
      <td>{shortText(row.result, 30)}</td>
      <td className="rg-date">
        <When ms={row.repliedAt} format={format} />
      </td>
      <td className="rg-date">
        <When ms={row.filedAt} format={format} />
      </td>
    </tr>
  );
}

interface SheetProps {
  register: ComplaintRegister;
  unitLabel: string;
  stateLabel: string;
  preparedBy: string;
  printedAt: string;
  lang: string;
  t: TFunction<'print'>;
  format: PrintFormat;
}

/** Room left free on each page for rounding, and for text that wraps a little differently when printed. */
const SLACK_MM = 3;

function Heading({ register, unitLabel, stateLabel, printedAt, t }: SheetProps) {
  return (
    <div className="rg-heading">
      <div className="rg-head">
        <div className="rg-center" data-testid="print-center-name">
          {register.centerName}
        </div>
        <div className="rg-title">{t('register.title')}</div>
      </div>
      <div className="rg-filters">
        <div>
          <span>{t('register.period', { from: register.from, to: register.to })}</span>
          <span>{t('register.unitFilter', { unit: unitLabel })}</span>
          <span>{t('register.stateFilter', { state: stateLabel })}</span>
        </div>
        <div>{t('form.printedAt', { at: printedAt })}</div>
      </div>
    </div>
  );
}

function Table({ t, children }: { t: TFunction<'print'>; children: ReactNode }) {
  return (
    <table className="rg-table">
      <colgroup>
        {COLUMNS.map((column) => (
          <col key={column.key} style={{ width: `${column.width}mm` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column.key}>{t(`register.columns.${column.key}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function Closing({ register, preparedBy, t }: SheetProps) {
  return (
    <div className="rg-closing">
      {register.rows.length === 0 && <div className="rg-empty">{t('register.empty')}</div>}
      <div className="rg-totals" data-testid="print-register-totals">
        {t('register.totals', { ...register.totals })}
        {register.truncated && (
          <>
            <br />
            {t('register.truncated', { count: register.rows.length })}
          </>
        )}
      </div>
      <div className="rg-signoff">
        <span>{t('register.preparedBy', { name: preparedBy })}</span>
      </div>
    </div>
  );
}

/** The pages of the register laid out whole in `sheet`, measured. */
function measurePages(sheet: HTMLElement, rowCount: number): Array<[number, number]> {
  const height = (selector: string) => sheet.querySelector(selector)?.getBoundingClientRect().height ?? 0;
  const rows = [...sheet.querySelectorAll('tr[data-testid="register-row"]')].map((row) => row.getBoundingClientRect().height);
  if (rows.length !== rowCount) throw new Error(`measured ${rows.length} register rows of ${rowCount}`);
  return registerPages({
    page: pageContentHeightPx('landscape'),
    heading: height('.rg-heading'),
    header: height('thead'),
    rows,
    closing: height('.rg-closing'),
    slack: mmToPx(SLACK_MM),
  });
}

/**
 * Measures itself in its first layout, before anything is painted or the page says it is ready: its caller has loaded
 * the glyphs (useGlyphsLoaded).
 */
export function ComplaintRegisterSheet(props: SheetProps) {
  const { register, lang, t, format } = props;
  const whole = useRef<HTMLDivElement>(null);
  // Pages belong to the register and language they were measured for; another one is measured again.
  const [laidOut, setLaidOut] = useState<{ register: ComplaintRegister; lang: string; pages: Array<[number, number]> } | null>(null);
  const pages = laidOut?.register === register && laidOut.lang === lang ? laidOut.pages : null;

  useLayoutEffect(() => {
    if (pages !== null || !whole.current) return;
    setLaidOut({ register, lang, pages: measurePages(whole.current, register.rows.length) });
  }, [pages, register, lang]);

  const row = (index: number) => <Row key={register.rows[index]!.id} row={register.rows[index]!} index={index} lang={lang} t={t} format={format} />;
  if (pages === null) {
    return (
      <div className="print-sheet" data-testid="print-register" ref={whole}>
        <Heading {...props} />
        <Table t={t}>{register.rows.map((_, index) => row(index))}</Table>
        <Closing {...props} />
      </div>
    );
  }
  return (
    <div className="rg-paged" data-testid="print-register">
      {pages.map(([start, end], page) => (
        <div key={start} className="print-sheet rg-page">
          {page === 0 && <Heading {...props} />}
          <Table t={t}>{Array.from({ length: end - start }, (_, i) => row(start + i))}</Table>
          {page === pages.length - 1 && <Closing {...props} />}
        </div>
      ))}
    </div>
  );
}
