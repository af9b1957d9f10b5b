// 故障处理备品替换通知 on A4, as the paper form: the center, the title and number; the customer and work order, the
// faulty unit and its serial, why; the spare lent and its serial, how many, when installed; the factory, 测试合格
// (result, tester, date), reinstalled, the spare back in stock, 收回; what became of a failed repair (the scrap record,
// 正式代替事项) and remarks; and the signature lines of the clerk, the technician and the customer.
import type { TFunction } from 'i18next';
import type { Replacement } from '../../../shared/api/replacements';
import { formatQuantity } from '../../../shared/parts/quantity';
import type { PrintFormat } from './format';
import { FourColumns, Pair, RECORD_SHEET_CSS, SheetHead, Signature } from './RecordSheetParts';

export function ReplacementFormSheet({ notice: n, centerName, lang, t, format }: { notice: Replacement; centerName: string; lang: string; t: TFunction<'replacements'>; format: PrintFormat }) {
  const remarks = [n.failureReason && `${t('print.failureReason')}${t('print.colon')}${n.failureReason}`, n.remarks].filter((text) => text !== '').join('\n');
  return (
    <div className="print-sheet" data-testid="replacement-sheet">
      <style>{RECORD_SHEET_CSS}</style>
      <SheetHead centerName={centerName} title={t('print.title')} numberLabel={t('print.number')} number={n.number} testId="replacement-sheet-number" />
      <FourColumns>
        <Pair label={t('print.customer')} value={n.customerName} label2={t('print.workOrder')} value2={n.workOrderNumber} />
        <Pair label={t('print.equipment')} value={n.equipmentLabel} label2={t('print.faultySerial')} value2={n.faultySerial} />
        <Pair label={t('print.reason')} value={n.reason} wide text />
        <Pair label={t('print.spare')} value={`${n.spareCode} ${n.spareName}`} label2={t('print.spareSerial')} value2={n.spareSerial} />
        <Pair label={t('print.quantity')} value={`${formatQuantity(Math.round(n.spareQuantity * 1000), lang)} ${n.spareUnit}`} label2={t('print.installedAt')} value2={format.dateTime(n.installedAt)} />
        <Pair label={t('print.factory')} value={n.factory} label2={t('print.sentAt')} value2={format.dateTime(n.sentAt)} />
        <Pair label={t('print.testResult')} value={n.testResult} wide text />
        <Pair label={t('print.tester')} value={n.tester} label2={t('print.testedOn')} value2={n.testedOn ?? ''} />
        <Pair
          label={t('print.reinstalledAt')}
          value={format.dateTime(n.reinstalledAt)}
          label2={t('print.spareRecovered')}
          value2={n.loanBackMovementId !== null ? format.dateTime(n.reinstalledAt) : ''}
        />
        <Pair label={t('print.recoveredAt')} value={format.dateTime(n.recoveredAt)} label2={t('print.scrapRecord')} value2={n.scrapRecord?.number ?? ''} />
        <Pair label={t('print.formalReplacement')} value={n.formalReplacement} wide text />
        <Pair label={t('print.remarks')} value={remarks} wide text />
      </FourColumns>
      <div className="rs-signs">
        <Signature label={t('print.clerk')} signature={t('print.signature')} date={t('print.signDate')} note={n.createdByName ?? undefined} testId="replacement-sign-clerk" />
        <Signature label={t('print.technician')} signature={t('print.signature')} date={t('print.signDate')} testId="replacement-sign-technician" />
        <Signature label={t('print.customerSign')} signature={t('print.signature')} date={t('print.signDate')} testId="replacement-sign-customer" />
      </div>
    </div>
  );
}
