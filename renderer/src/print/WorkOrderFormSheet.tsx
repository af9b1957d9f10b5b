// 故障处理派工单 on A4, as the paper form: the center, the title and number; the request, customer, site and equipment;
// the fault (原因, 性质, 类别, 位置, description); the technicians; the spare parts and the instruments and tools to bring;
// the expected arrival and the arrival; the measures taken with their completion time; the parts used and returned; the
// outcome; the field-conduct checklist; the customer's sign-off (用户签认: name, time, the drawn signature); and the
// signature lines of the technician and the customer, left to be signed by hand.
import type { TFunction } from 'i18next';
import { CONDUCT_ITEMS, WORK_ORDER_OUTCOMES, type WorkOrder } from '../../../shared/api/workOrders';
import { formatQuantity } from '../../../shared/parts/quantity';
import type { PrintFormat } from './format';
import { sheetPartRows } from './work-order-parts';

/** Rows the parts table has at least, so a short list still leaves room to add by hand. */
const MIN_PART_ROWS = 6;

const CSS = `
.wo-head { display: grid; grid-template-columns: 1fr auto 1fr; align-items: end; margin-bottom: 3mm; }
.wo-center { font-size: 10.5pt; }
.wo-title { font-size: 18pt; font-weight: 500; text-align: center; white-space: nowrap; }
.print-root:lang(zh-CN) .wo-title { letter-spacing: 0.3em; margin-right: -0.3em; }
.wo-number { justify-self: end; font-size: 10pt; white-space: nowrap; }
.wo-number b { font-weight: 500; font-size: 11pt; }
table.wo-table { width: calc(100% - 0.6mm); margin: 0 0.3mm; border-collapse: collapse; table-layout: fixed; }
table.wo-table + table.wo-table { margin-top: -0.3mm; }
table.wo-table td, table.wo-table th { border: 0.3mm solid #000; padding: 0.8mm 1.4mm; height: 7mm; font-size: 9.5pt; vertical-align: middle; overflow: hidden; word-break: break-word; }
table.wo-table th, table.wo-table td.wo-label { font-weight: 500; text-align: center; font-size: 9pt; line-height: 1.15; }
.print-root:lang(en) table.wo-table th, .print-root:lang(en) table.wo-table td.wo-label { font-size: 7.8pt; }
table.wo-table td.wo-long { height: 22mm; vertical-align: top; white-space: pre-wrap; }
table.wo-table td.wo-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.wo-table td.wo-mid { text-align: center; }
.wo-checks { display: flex; flex-wrap: wrap; gap: 1mm 6mm; }
.wo-check { display: inline-flex; align-items: center; gap: 1.2mm; white-space: nowrap; }
.wo-check svg { width: 3.4mm; height: 3.4mm; flex: none; }
.wo-signature { display: flex; align-items: center; height: 15mm; }
.wo-signature img { max-height: 15mm; max-width: 80mm; object-fit: contain; }
.wo-signs { display: grid; grid-template-columns: 1fr 1fr; gap: 14mm; margin-top: 8mm; }
.wo-sign { font-size: 9.5pt; }
.wo-sign-label { font-weight: 500; margin-bottom: 3mm; }
.wo-sign-line { display: flex; align-items: flex-end; gap: 1.5mm; margin-top: 4mm; white-space: nowrap; }
.wo-sign-line span:last-child { flex: 1; border-bottom: 0.3mm solid #000; height: 5mm; }
`;

function Box({ on }: { on: boolean }) {
  return (
    <svg viewBox="0 0 10 10" aria-hidden="true">
      <rect x="0.5" y="0.5" width="9" height="9" fill="none" stroke="#000" strokeWidth="0.8" />
      {on && <path d="M2 5.2 L4.2 7.4 L8.2 2.6" fill="none" stroke="#000" strokeWidth="1.3" />}
    </svg>
  );
}

function Check({ on, label, testId }: { on: boolean; label: string; testId: string }) {
  return (
    <span className="wo-check" data-testid={testId} data-checked={on}>
      <Box on={on} />
      {label}
    </span>
  );
}

/** The columns of the tables of labelled fields: label, value, label, value. */
function LabelledColumns() {
  return (
    <colgroup>
      <col style={{ width: '19%' }} />
      <col style={{ width: '31%' }} />
      <col style={{ width: '17%' }} />
      <col style={{ width: '33%' }} />
    </colgroup>
  );
}

function SignLine({ label, t, testId }: { label: string; t: TFunction<'workOrders'>; testId: string }) {
  return (
    <div className="wo-sign" data-testid={testId}>
      <div className="wo-sign-label">{label}</div>
      <div className="wo-sign-line">
        <span>{t('print.signHere')}</span>
        <span />
      </div>
      <div className="wo-sign-line">
        <span>{t('print.signDate')}</span>
        <span />
      </div>
    </div>
  );
}

export function WorkOrderFormSheet({ order: o, centerName, lang, t, format }: { order: WorkOrder; centerName: string; lang: string; t: TFunction<'workOrders'>; format: PrintFormat }) {
  const number = (units: number) => formatQuantity(Math.round(units * 1000), lang);
  const quantity = (units: number, unit: string) => `${number(units)} ${unit}`;
  const separator = t('separator');
  const bring = o.plannedParts.map((line) => `${line.code} ${line.name}${line.spec ? ` ${line.spec}` : ''} × ${quantity(line.quantity, line.unit)}`).join('；');
  const parts = sheetPartRows(o);
  const blanks = Math.max(0, MIN_PART_ROWS - parts.length);
  const dispatched = [o.dispatchedByName, format.dateTime(o.dispatchedAt)].filter(Boolean).join(' · ');
  const label = (key: string) => <td className="wo-label">{t(`print.${key}`)}</td>;

  return (
    <div className="print-sheet" data-testid="work-order-sheet">
      <style>{CSS}</style>
      <div className="wo-head">
        <div className="wo-center">{centerName}</div>
        <div className="wo-title">{t('print.title')}</div>
        <div className="wo-number">
          {t('print.number')} <b data-testid="work-order-sheet-number">{o.number}</b>
        </div>
      </div>
      <table className="wo-table">
        <LabelledColumns />
        <tbody>
          <tr>
            {label('request')}
            <td>{o.requestNumber ?? ''}</td>
            {label('kind')}
            <td>{t(`kinds.${o.kind}`)}</td>
          </tr>
          <tr>
            {label('customer')}
            <td colSpan={3}>{o.customerName ?? ''}</td>
          </tr>
          <tr>
            {label('site')}
            <td>{o.siteName ?? ''}</td>
            {label('equipment')}
            <td>{o.equipmentLabel ?? ''}</td>
          </tr>
          <tr>
            {label('cause')}
            <td>{o.cause}</td>
            {label('nature')}
            <td>{o.nature}</td>
          </tr>
          <tr>
            {label('category')}
            <td>{o.category}</td>
            {label('location')}
            <td>{o.location}</td>
          </tr>
          <tr>
            {label('description')}
            <td colSpan={3} className="wo-long">
              {o.description}
            </td>
          </tr>
          <tr>
            {label('technicians')}
            <td>{o.technicians.map((person) => person.name).join(separator)}</td>
            {label('dispatched')}
            <td>{dispatched}</td>
          </tr>
          <tr>
            {label('bring')}
            <td colSpan={3} data-testid="work-order-sheet-bring">
              {bring || t('print.none')}
            </td>
          </tr>
          <tr>
            {label('tools')}
            <td colSpan={3}>{o.tools || t('print.none')}</td>
          </tr>
          <tr>
            {label('expectedAt')}
            <td>{format.dateTime(o.expectedAt)}</td>
            {label('arrivedAt')}
            <td data-testid="work-order-sheet-arrived">{format.dateTime(o.arrivedAt)}</td>
          </tr>
          <tr>
            {label('measures')}
            <td colSpan={3} className="wo-long">
              {o.measures}
            </td>
          </tr>
          <tr>
            {label('completedAt')}
            <td>{format.dateTime(o.completedAt)}</td>
            {label('outcome')}
            <td>
              <span className="wo-checks">
                {WORK_ORDER_OUTCOMES.map((outcome) => (
                  <Check key={outcome} on={o.outcome === outcome} label={t(`outcomes.${outcome}`)} testId={`work-order-sheet-outcome-${outcome}`} />
                ))}
              </span>
            </td>
          </tr>
          <tr>
            {label('conduct')}
            <td colSpan={3}>
              <span className="wo-checks">
                {CONDUCT_ITEMS.map((item) => (
                  <Check key={item} on={o.conduct[item]} label={t(`conduct.${item}`)} testId={`work-order-sheet-conduct-${item}`} />
                ))}
              </span>
            </td>
          </tr>
        </tbody>
      </table>
      <table className="wo-table">
        <colgroup>
          <col style={{ width: '7%' }} />
          <col style={{ width: '19%' }} />
          <col style={{ width: '32%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '11.33%' }} />
          <col style={{ width: '11.33%' }} />
          <col style={{ width: '11.34%' }} />
        </colgroup>
        <thead>
          <tr>
            <th colSpan={7}>{t('print.partsMoved')}</th>
          </tr>
          <tr>
            <th>{t('print.index')}</th>
            <th>{t('print.code')}</th>
            <th>{t('print.name')}</th>
            <th>{t('print.unit')}</th>
            <th>{t('print.issued')}</th>
            <th>{t('print.returned')}</th>
            <th>{t('print.used')}</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((row, index) => (
            <tr key={row.partId} data-testid={`work-order-sheet-part-${row.code}`}>
              <td className="wo-mid">{index + 1}</td>
              <td>{row.code}</td>
              <td>{row.name}</td>
              <td className="wo-mid">{row.unit}</td>
              <td className="wo-num">{number(row.issued)}</td>
              <td className="wo-num">{number(row.returned)}</td>
              <td className="wo-num">{number(row.used)}</td>
            </tr>
          ))}
          {Array.from({ length: blanks }, (_, index) => (
            <tr key={`blank-${index}`}>
              {Array.from({ length: 7 }, (__, cell) => (
                <td key={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="wo-table">
        <LabelledColumns />
        <tbody>
          <tr>
            <td className="wo-label" rowSpan={2}>
              {t('print.signOff')}
            </td>
            <td data-testid="work-order-sheet-signed-name">
              {t('print.signedName')}: {o.signedName}
            </td>
            {label('signedAt')}
            <td>{format.dateTime(o.signedAt)}</td>
          </tr>
          <tr>
            <td colSpan={3}>
              <div className="wo-signature" data-testid="work-order-sheet-signature">
                {o.signature && <img src={o.signature} alt={t('print.signature')} />}
              </div>
            </td>
          </tr>
        </tbody>
      </table>
      <div className="wo-signs">
        <SignLine label={t('print.technicianSign')} t={t} testId="work-order-sign-technician" />
        <SignLine label={t('print.customerSign')} t={t} testId="work-order-sign-customer" />
      </div>
    </div>
  );
}
