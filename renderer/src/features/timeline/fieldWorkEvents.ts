// The repair archive's lines of spare replacement notices and scrap records: a spare lent, the unit's trips to the
// factory and back, a failed repair, the spare becoming the formal replacement, and the unit's scrap record from the
// group's appraisal to its disposal. Each names its record and links to it.
import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../../../../shared/api';

const NOTICE_STEPS = ['lent', 'sentToFactory', 'tested', 'reinstalled', 'recovered', 'repairFailed', 'formallyReplaced', 'closed'] as const;
const SCRAP_STEPS = ['opened', 'appraisalStarted', 'concluded', 'approved', 'rejected', 'disposed'] as const;

export const FIELD_WORK_KINDS: readonly string[] = [...NOTICE_STEPS.map((step) => `replacement.${step}`), ...SCRAP_STEPS.map((step) => `scrap.${step}`)];

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The event's title in the user's words, or null when it is not one of these kinds. */
export function fieldWorkLabel(t: TFunction, kind: string): string | null {
  if (!FIELD_WORK_KINDS.includes(kind)) return null;
  const [domain, step] = kind.split('.');
  return t(`${domain === 'replacement' ? 'replacements' : 'scrap'}:timeline.kinds.${step}`);
}

/** The record an event is about: the notice or the scrap record, by the id its details name. */
export function fieldWorkLink(event: TimelineEvent): { to: string; number: string } | null {
  const d = event.details;
  if (event.kind.startsWith('replacement.') && typeof d.noticeId === 'number') return { to: `/replacements/${d.noticeId}`, number: str(d.number) };
  if (event.kind.startsWith('scrap.')) {
    const id = typeof d.recordId === 'number' ? d.recordId : typeof d.scrapRecordId === 'number' ? d.scrapRecordId : null;
    if (id !== null) return { to: `/scrap/${id}`, number: str(d.number) };
  }
  return null;
}

/** What the event says besides its record: the spare, the factory, the test, why the repair failed, the unit scrapped. */
export function fieldWorkLine(t: TFunction, event: TimelineEvent, date: (d: string | null) => string): string {
  const d = event.details;
  const spare = [str(d.partCode), str(d.partName)].filter(Boolean).join(' ');
  const spareText = [spare, str(d.spareSerial) && `#${str(d.spareSerial)}`].filter(Boolean).join(' ');
  // The unit is named beside the title already; a unit known only by its serial is named here.
  const item = event.equipmentId === null ? str(d.item) : '';
  switch (event.kind) {
    case 'replacement.lent':
      return t('replacements:timeline.details.lent', { spare, serial: str(d.spareSerial) || '—', reason: str(d.reason) });
    case 'replacement.sentToFactory':
      return str(d.factory) ? t('replacements:timeline.details.sentToFactory', { factory: str(d.factory) }) : '';
    case 'replacement.tested':
      return t('replacements:timeline.details.tested', { result: str(d.result), tester: str(d.tester), date: date(str(d.testedOn) || null) });
    case 'replacement.repairFailed':
      return t('replacements:timeline.details.repairFailed', { reason: str(d.reason), scrap: str(d.scrapRecord) || '—' });
    case 'replacement.formallyReplaced':
      return str(d.text);
    case 'scrap.opened':
      return [item, t('scrap:timeline.details.opened', { reason: t(`scrap:reasons.${str(d.reason)}`, { defaultValue: str(d.reason) }) })].filter(Boolean).join(' · ');
    default:
      if (event.kind.startsWith('replacement.')) return spareText;
      return item;
  }
}
