// What every step of a notice leaves behind besides its own columns: the audit row, the event on the customer's and the
// unit's timeline (维修档案), and a line in the service log of the request the notice's work order came from.
import type { Replacement } from '../../../../shared/api/replacements';
import type { HandlerContext } from '../../context';
import { appendServiceLog } from '../../records/service-log';
import { recordTimelineEvent } from '../../records/timeline';

/** What the audit log keeps of a notice. */
export function auditedNotice(notice: Replacement) {
  return {
    number: notice.number,
    state: notice.state,
    ...(notice.workOrderNumber !== null && { workOrder: notice.workOrderNumber }),
    ...(notice.equipmentId !== null && { equipmentId: notice.equipmentId }),
    faultySerial: notice.faultySerial,
    reason: notice.reason,
    sparePartId: notice.sparePartId,
    ...(notice.spareSerial !== '' && { spareSerial: notice.spareSerial }),
    spareQuantity: notice.spareQuantity,
    installedAt: notice.installedAt,
    ...(notice.factory !== '' && { factory: notice.factory }),
    ...(notice.sentAt !== null && { sentAt: notice.sentAt }),
    ...(notice.testResult !== '' && { testResult: notice.testResult, tester: notice.tester, testedOn: notice.testedOn }),
    ...(notice.reinstalledAt !== null && { reinstalledAt: notice.reinstalledAt }),
    ...(notice.failureReason !== '' && { failureReason: notice.failureReason }),
    ...(notice.scrapRecord !== null && { scrapRecord: notice.scrapRecord.number }),
    ...(notice.formalReplacement !== '' && { formalReplacement: notice.formalReplacement }),
    ...(notice.remarks !== '' && { remarks: notice.remarks }),
  };
}

/** The timeline kinds of the steps: `replacement.<what>`. */
export type NoticeEvent = 'lent' | 'sentToFactory' | 'tested' | 'reinstalled' | 'recovered' | 'repairFailed' | 'formallyReplaced' | 'closed';

/** The timeline event and the request's service-log line of a step (only where the notice has a customer, a request). */
export function recordNoticeEvent(ctx: HandlerContext, notice: Replacement, what: NoticeEvent, userId: number, now: number, extra: Record<string, unknown> = {}): void {
  const details = {
    noticeId: notice.id,
    number: notice.number,
    partCode: notice.spareCode,
    partName: notice.spareName,
    faultySerial: notice.faultySerial,
    spareSerial: notice.spareSerial,
    quantity: notice.spareQuantity,
    unit: notice.spareUnit,
    ...extra,
  };
  if (notice.customerId !== null) {
    recordTimelineEvent(ctx.db, { customerId: notice.customerId, equipmentId: notice.equipmentId, at: now, kind: `replacement.${what}`, actorId: userId, details });
  }
  if (notice.requestId !== null) {
    appendServiceLog(ctx.db, { requestId: notice.requestId, at: now, userId, kind: `replacement.${what}`, details: { ...details, workOrder: notice.workOrderNumber } });
  }
}
