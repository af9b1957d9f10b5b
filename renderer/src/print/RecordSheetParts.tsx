// What the printed field-work forms share (故障处理备品替换通知, 报废品处理记录): the head (center, title, number), a
// bordered table of label and value cells, and signature lines with a date, left blank to be signed by hand.
import type { ReactNode } from 'react';

export const RECORD_SHEET_CSS = `
.rs-head { display: grid; grid-template-columns: 1fr auto 1fr; align-items: end; margin-bottom: 3mm; }
.rs-center { font-size: 10.5pt; }
.rs-title { font-size: 17pt; font-weight: 500; text-align: center; white-space: nowrap; }
.print-root:lang(zh-CN) .rs-title { letter-spacing: 0.3em; margin-right: -0.3em; }
.rs-number { justify-self: end; font-size: 10pt; white-space: nowrap; }
.rs-number b { font-weight: 500; font-size: 11pt; }
table.rs-table { width: calc(100% - 0.6mm); margin: 0 0.3mm; border-collapse: collapse; table-layout: fixed; }
table.rs-table + table.rs-table { margin-top: -0.3mm; }
table.rs-table td, table.rs-table th { border: 0.3mm solid #000; padding: 0.8mm 1.4mm; height: 7.5mm; font-size: 9.5pt; vertical-align: middle; overflow: hidden; word-break: break-word; }
table.rs-table th, table.rs-table td.rs-label { font-weight: 500; text-align: center; font-size: 9pt; line-height: 1.15; }
.print-root:lang(en) table.rs-table th, .print-root:lang(en) table.rs-table td.rs-label { font-size: 8pt; }
table.rs-table td.rs-text { height: 15mm; vertical-align: top; white-space: pre-wrap; }
table.rs-table td.rs-center-cell { text-align: center; }
table.rs-table td.rs-section { font-weight: 500; text-align: left; background: #f0f0f0; height: 6mm; }
.rs-signs { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6mm; margin-top: 8mm; }
.rs-sign { font-size: 9.5pt; }
.rs-sign-label { font-weight: 500; margin-bottom: 3mm; }
.rs-sign-line { display: flex; align-items: flex-end; gap: 1.5mm; margin-top: 4mm; white-space: nowrap; }
.rs-sign-line span:last-child { flex: 1; border-bottom: 0.3mm solid #000; height: 5mm; }
.rs-sign-note { margin-top: 2mm; font-size: 8.5pt; }
`;

export function SheetHead({ centerName, title, numberLabel, number, testId }: { centerName: string; title: string; numberLabel: string; number: string; testId: string }) {
  return (
    <div className="rs-head">
      <div className="rs-center">{centerName}</div>
      <div className="rs-title">{title}</div>
      <div className="rs-number">
        {numberLabel} <b data-testid={testId}>{number}</b>
      </div>
    </div>
  );
}

/** A row of two label/value pairs, or one pair across the table (`wide`). */
export function Pair({ label, value, label2, value2, wide, text }: { label: string; value: ReactNode; label2?: string; value2?: ReactNode; wide?: boolean; text?: boolean }) {
  return (
    <tr>
      <td className="rs-label">{label}</td>
      {wide || label2 === undefined ? (
        <td colSpan={3} className={text ? 'rs-text' : undefined}>
          {value}
        </td>
      ) : (
        <>
          <td>{value}</td>
          <td className="rs-label">{label2}</td>
          <td>{value2}</td>
        </>
      )}
    </tr>
  );
}

export function FourColumns({ children }: { children: ReactNode }) {
  return (
    <table className="rs-table">
      <colgroup>
        <col style={{ width: '16%' }} />
        <col style={{ width: '34%' }} />
        <col style={{ width: '16%' }} />
        <col style={{ width: '34%' }} />
      </colgroup>
      <tbody>{children}</tbody>
    </table>
  );
}

export function Signature({ label, signature, date, note, testId }: { label: string; signature: string; date: string; note?: string; testId: string }) {
  return (
    <div className="rs-sign" data-testid={testId}>
      <div className="rs-sign-label">{label}</div>
      <div className="rs-sign-line">
        <span>{signature}</span>
        <span />
      </div>
      <div className="rs-sign-line">
        <span>{date}</span>
        <span />
      </div>
      {note && <div className="rs-sign-note">{note}</div>}
    </div>
  );
}
