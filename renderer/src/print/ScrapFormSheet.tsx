// 报废品处理记录 on A4, as the paper form: the center, the title and number; the item (what, kind, customer, serial,
// quantity, where it came from) and the reason; the 临时技术鉴定小组 with a signature line for each member; the
// conclusion, opinion and proposed disposal; the approval (approver, date, method approved, or why rejected) with the
// approver's signature line; and the disposal.
import type { TFunction } from 'i18next';
import type { ScrapRecord } from '../../../shared/api/scrap';
import { formatQuantity } from '../../../shared/parts/quantity';
import type { PrintFormat } from './format';
import { FourColumns, Pair, RECORD_SHEET_CSS, SheetHead, Signature } from './RecordSheetParts';

/** Rows the group's table has at least, so members can be added by hand. */
const MIN_MEMBER_ROWS = 3;

export function ScrapFormSheet({ record: r, centerName, lang, t, format }: { record: ScrapRecord; centerName: string; lang: string; t: TFunction<'scrap'>; format: PrintFormat }) {
  const blanks = Math.max(0, MIN_MEMBER_ROWS - r.appraisers.length);
  const quantity = r.quantity !== null && r.unit !== null ? `${formatQuantity(Math.round(r.quantity * 1000), lang)} ${r.unit}` : '';
  const reason = [t(`reasons.${r.reason}`), r.reasonText].filter(Boolean).join('：');
  return (
    <div className="print-sheet" data-testid="scrap-sheet">
      <style>{RECORD_SHEET_CSS}</style>
      <SheetHead centerName={centerName} title={t('print.title')} numberLabel={t('print.number')} number={r.number} testId="scrap-sheet-number" />
      <FourColumns>
        <Pair label={t('print.item')} value={[r.itemLabel, r.itemDescription].filter(Boolean).join('；')} wide />
        <Pair label={t('print.kind')} value={t(`itemKinds.${r.itemKind}`)} label2={t('print.customer')} value2={r.customerName ?? ''} />
        <Pair label={t('print.serial')} value={r.serial} label2={t('print.quantity')} value2={quantity} />
        <Pair label={t('print.source')} value={r.source ? t(`sources.${r.source.kind}`, { number: r.source.number }) : ''} wide />
        <Pair label={t('print.reason')} value={reason} wide text />
      </FourColumns>
      <table className="rs-table">
        <colgroup>
          <col style={{ width: '8%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '24%' }} />
          <col style={{ width: '16%' }} />
        </colgroup>
        <thead>
          <tr>
            <td colSpan={5} className="rs-section">
              {t('print.appraisers')}
            </td>
          </tr>
          <tr>
            <th>{t('print.index')}</th>
            <th>{t('print.name')}</th>
            <th>{t('print.memberTitle')}</th>
            <th>{t('print.signature')}</th>
            <th>{t('print.signDate')}</th>
          </tr>
        </thead>
        <tbody>
          {r.appraisers.map((member, index) => (
            <tr key={index} data-testid={`scrap-sheet-member-${index}`}>
              <td className="rs-center-cell">{index + 1}</td>
              <td>{member.name}</td>
              <td>{member.title}</td>
              <td />
              <td />
            </tr>
          ))}
          {Array.from({ length: blanks }, (_, index) => (
            <tr key={`blank-${index}`}>
              {Array.from({ length: 5 }, (__, cell) => (
                <td key={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <FourColumns>
        <Pair label={t('print.organisedBy')} value={r.organisedByName ?? ''} label2={t('print.appraisalStarted')} value2={format.date(r.appraisalStartedAt)} />
        <Pair
          label={t('print.conclusion')}
          value={r.conclusion ? t(`conclusions.${r.conclusion}`) : ''}
          label2={t('print.proposedMethod')}
          value2={r.proposedMethod ? t(`methods.${r.proposedMethod}`) : ''}
        />
        <Pair label={t('print.opinion')} value={r.opinion} wide text />
        <tr>
          <td colSpan={4} className="rs-section">
            {t('print.approval')}
          </td>
        </tr>
        <Pair label={t('print.approver')} value={r.decidedByName ?? ''} label2={t('print.approvedOn')} value2={format.date(r.decidedAt)} />
        <Pair
          label={t('print.approvedMethod')}
          value={r.approvedMethod ? t(`methods.${r.approvedMethod}`) : ''}
          label2={t('print.rejectionReason')}
          value2={r.rejectionReason}
        />
        <tr>
          <td colSpan={4} className="rs-section">
            {t('print.disposal')}
          </td>
        </tr>
        <Pair label={t('print.disposedBy')} value={r.disposedByName ?? ''} label2={t('print.disposedOn')} value2={format.date(r.disposedAt)} />
        <Pair label={t('print.disposalNote')} value={r.disposalNote} wide />
      </FourColumns>
      <div className="rs-signs">
        <Signature label={t('print.organisedBy')} signature={t('print.signature')} date={t('print.signDate')} testId="scrap-sign-organiser" />
        <Signature
          label={t('print.approver')}
          signature={t('print.signature')}
          date={t('print.signDate')}
          note={[r.decidedByName, format.date(r.decidedAt)].filter(Boolean).join(' · ') || undefined}
          testId="scrap-sign-approver"
        />
        <Signature label={t('print.disposedBy')} signature={t('print.signature')} date={t('print.signDate')} testId="scrap-sign-disposer" />
      </div>
    </div>
  );
}
