// 用户投诉及处理记录: one row per complaint received in the period, with its dates, routing, result and whether its
// deadline was met; the table's header repeats on every page (the page numbers are in the @page footer), the totals
// close it.
import type { TFunction } from 'i18next';
import type { ComplaintRegister, ComplaintRegisterRow } from '../../../shared/api/complaints';
import { departmentName } from '../features/departments/names';
import type { PrintFormat } from './format';

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
  if (due) return <>{format.due(ms)}</>;
  return (
    <>
      {format.date(ms)}
      <br />
      {format.time(ms)}
    </>
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

export function ComplaintRegisterSheet({
  register,
  unitLabel,
  stateLabel,
  preparedBy,
  printedAt,
  lang,
  t,
  format,
}: {
  register: ComplaintRegister;
  unitLabel: string;
  stateLabel: string;
  preparedBy: string;
  printedAt: string;
  lang: string;
  t: TFunction<'print'>;
  format: PrintFormat;
}) {
  const limit = register.rows.length;
  return (
    <div className="print-sheet" data-testid="print-register">
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
        <tbody>
          {register.rows.map((row, index) => (
            <Row key={row.id} row={row} index={index} lang={lang} t={t} format={format} />
          ))}
          {/* A row of the table, not a block after it: so the totals never stand alone on a page without the table. */}
          <tr className="rg-closing">
            <td colSpan={COLUMNS.length}>
              {register.rows.length === 0 && <div className="rg-empty">{t('register.empty')}</div>}
              <div className="rg-totals" data-testid="print-register-totals">
                {t('register.totals', { ...register.totals })}
                {register.truncated && (
                  <>
                    <br />
                    {t('register.truncated', { count: limit })}
                  </>
                )}
              </div>
              <div className="rg-signoff">
                <span>{t('register.preparedBy', { name: preparedBy })}</span>
              </div>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
