// 维修备品采购单 on A4, as the paper form: the center, the title and number; the date, who asks and why; the lines
// (code, name, model/spec, unit, quantity, estimated unit cost, amount) with the total in figures; and the three
// signature lines with their dates (申请人, 部门负责人审批, 库管员签收), left blank to be signed by hand.
import type { TFunction } from 'i18next';
import type { PurchaseRequest } from '../../../shared/api/purchases';
import { formatQuantity } from '../../../shared/parts/quantity';
import type { PrintFormat } from './format';

/** Rows the lines table has at least, as the printed form has, so a short request still leaves room to add by hand. */
const MIN_ROWS = 8;

/** Money as the form prints it: the same figures in both languages (1,234.50). */
const money = (fen: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100);

const CSS = `
.pr-head { display: grid; grid-template-columns: 1fr auto 1fr; align-items: end; margin-bottom: 3mm; }
.pr-center { font-size: 10.5pt; }
.pr-title { font-size: 18pt; font-weight: 500; text-align: center; white-space: nowrap; }
.print-root:lang(zh-CN) .pr-title { letter-spacing: 0.3em; margin-right: -0.3em; }
.pr-number { justify-self: end; font-size: 10pt; white-space: nowrap; }
.pr-number b { font-weight: 500; font-size: 11pt; }
table.pr-table { width: calc(100% - 0.6mm); margin: 0 0.3mm; border-collapse: collapse; table-layout: fixed; }
table.pr-table td, table.pr-table th { border: 0.3mm solid #000; padding: 0.8mm 1.4mm; height: 7.5mm; font-size: 9.5pt; vertical-align: middle; overflow: hidden; word-break: break-word; }
table.pr-table th, table.pr-table td.pr-label { font-weight: 500; text-align: center; font-size: 9pt; line-height: 1.15; }
.print-root:lang(en) table.pr-table th, .print-root:lang(en) table.pr-table td.pr-label { font-size: 8pt; }
table.pr-table td.pr-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.pr-table td.pr-center-cell { text-align: center; }
table.pr-table td.pr-reason { height: 16mm; vertical-align: top; white-space: pre-wrap; }
table.pr-table td.pr-code { font-size: 9pt; letter-spacing: 0.02em; }
.pr-lines { margin-top: -0.3mm; }
.pr-total td { font-weight: 500; }
.pr-signs { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6mm; margin-top: 9mm; }
.pr-sign { font-size: 9.5pt; }
.pr-sign-label { font-weight: 500; min-height: 9mm; margin-bottom: 4mm; }
.pr-sign-line { display: flex; align-items: flex-end; gap: 1.5mm; margin-top: 4mm; white-space: nowrap; }
.pr-sign-line span:last-child { flex: 1; border-bottom: 0.3mm solid #000; height: 5mm; }
.pr-decided { margin-top: 2mm; font-size: 8.5pt; white-space: nowrap; }
`;

function Signature({ label, t, testId, children }: { label: string; t: TFunction<'purchases'>; testId: string; children?: string }) {
  return (
    <div className="pr-sign" data-testid={testId}>
      <div className="pr-sign-label">{label}</div>
      <div className="pr-sign-line">
        <span>{t('print.signature')}</span>
        <span />
      </div>
      <div className="pr-sign-line">
        <span>{t('print.signDate')}</span>
        <span />
      </div>
      {children && <div className="pr-decided">{children}</div>}
    </div>
  );
}

export function PurchaseFormSheet({
  request: r,
  centerName,
  lang,
  t,
  format,
}: {
  request: PurchaseRequest;
  centerName: string;
  lang: string;
  t: TFunction<'purchases'>;
  format: PrintFormat;
}) {
  const blanks = Math.max(0, MIN_ROWS - r.lines.length);
  // The decision as the console has it, under the manager's line (the signature stays the manager's own).
  const decided = r.decidedAt !== null ? [t(`states.${r.state === 'rejected' ? 'rejected' : 'approved'}`), r.decidedByName, format.date(r.decidedAt)].filter(Boolean).join(' · ') : undefined;
  return (
    <div className="print-sheet" data-testid="purchase-sheet">
      <style>{CSS}</style>
      <div className="pr-head">
        <div className="pr-center">{centerName}</div>
        <div className="pr-title">{t('print.title')}</div>
        <div className="pr-number">
          {t('print.number')} <b data-testid="purchase-sheet-number">{r.number}</b>
        </div>
      </div>
      <table className="pr-table">
        <colgroup>
          <col style={{ width: '14%' }} />
          <col style={{ width: '36%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '36%' }} />
        </colgroup>
        <tbody>
          <tr>
            <td className="pr-label">{t('print.date')}</td>
            <td>{format.date(r.requestedAt)}</td>
            <td className="pr-label">{t('print.requestedBy')}</td>
            <td>{r.requestedByName}</td>
          </tr>
          <tr>
            <td className="pr-label">{t('print.reason')}</td>
            <td colSpan={3} className="pr-reason">
              {r.reason}
            </td>
          </tr>
        </tbody>
      </table>
      <table className="pr-table pr-lines">
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '7%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '14%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('print.index')}</th>
            <th>{t('print.code')}</th>
            <th>{t('print.name')}</th>
            <th>{t('print.spec')}</th>
            <th>{t('print.unit')}</th>
            <th>{t('print.quantity')}</th>
            <th>{t('print.unitCost')}</th>
            <th>{t('print.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {r.lines.map((line, index) => (
            <tr key={line.partId} data-testid={`purchase-sheet-line-${line.code}`}>
              <td className="pr-center-cell">{index + 1}</td>
              <td className="pr-code">{line.code}</td>
              <td>{line.name}</td>
              <td>{line.spec}</td>
              <td className="pr-center-cell">{line.unit}</td>
              <td className="pr-num">{formatQuantity(Math.round(line.ordered * 1000), lang)}</td>
              <td className="pr-num">{money(line.estimatedUnitCostFen)}</td>
              <td className="pr-num">{money(line.estimatedAmountFen)}</td>
            </tr>
          ))}
          {Array.from({ length: blanks }, (_, index) => (
            <tr key={`blank-${index}`}>
              {Array.from({ length: 8 }, (__, cell) => (
                <td key={cell} />
              ))}
            </tr>
          ))}
          <tr className="pr-total">
            <td colSpan={7} className="pr-label">
              {t('print.total')}
            </td>
            <td className="pr-num" data-testid="purchase-sheet-total">
              {money(r.estimatedTotalFen)}
            </td>
          </tr>
        </tbody>
      </table>
      <div className="pr-signs">
        <Signature label={t('print.applicant')} t={t} testId="purchase-sign-applicant" />
        <Signature label={t('print.approver')} t={t} testId="purchase-sign-approver">
          {decided}
        </Signature>
        <Signature label={t('print.receiver')} t={t} testId="purchase-sign-receiver" />
      </div>
    </div>
  );
}
