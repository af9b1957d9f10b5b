import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../shared/api';
import { FIELD_WORK_KINDS, fieldWorkLabel, fieldWorkLine, fieldWorkLink } from './fieldWorkEvents';

// The key and its values, so the test sees what each line asks for without the locale files.
const t = ((key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ''}`) as unknown as TFunction;
const event = (kind: string, details: Record<string, unknown>, equipmentId: number | null = 2): TimelineEvent => ({ id: 1, customerId: 1, equipmentId, at: 0, kind, actorName: null, details });
const notice = { noticeId: 7, number: 'TH-20261205-0001', partCode: 'JDQ-1', partName: '继电器', faultySerial: 'F-1', spareSerial: 'S-9', quantity: 1, unit: '个' };

describe('field work events on the timeline', () => {
  it('knows every step of both records', () => {
    expect(FIELD_WORK_KINDS).toHaveLength(14);
    expect(fieldWorkLabel(t, 'replacement.sentToFactory')).toBe('replacements:timeline.kinds.sentToFactory');
    expect(fieldWorkLabel(t, 'scrap.appraisalStarted')).toBe('scrap:timeline.kinds.appraisalStarted');
    expect(fieldWorkLabel(t, 'request.created')).toBeNull();
  });

  it('links to the notice or the scrap record', () => {
    expect(fieldWorkLink(event('replacement.lent', notice))).toEqual({ to: '/replacements/7', number: 'TH-20261205-0001' });
    expect(fieldWorkLink(event('scrap.approved', { recordId: 4, number: 'BF-20261205-0001' }))).toEqual({ to: '/scrap/4', number: 'BF-20261205-0001' });
    expect(fieldWorkLink(event('scrap.approved', { scrapRecordId: 5, number: 'BF-2' }))).toEqual({ to: '/scrap/5', number: 'BF-2' });
    expect(fieldWorkLink(event('scrap.approved', {}))).toBeNull();
  });

  it('says what the step recorded', () => {
    expect(fieldWorkLine(t, event('replacement.lent', { ...notice, reason: '主板烧毁' }), (d) => d ?? '')).toBe(
      'replacements:timeline.details.lent{"spare":"JDQ-1 继电器","serial":"S-9","reason":"主板烧毁"}',
    );
    expect(fieldWorkLine(t, event('replacement.tested', { ...notice, result: '通电 72 小时正常', tester: '张工', testedOn: '2026-12-05' }), (d) => `D${d}`)).toBe(
      'replacements:timeline.details.tested{"result":"通电 72 小时正常","tester":"张工","date":"D2026-12-05"}',
    );
    expect(fieldWorkLine(t, event('replacement.repairFailed', { ...notice, reason: '无备件', scrapRecord: 'BF-1' }), String)).toContain('"scrap":"BF-1"');
    expect(fieldWorkLine(t, event('replacement.formallyReplaced', { ...notice, text: '备品正式代替' }), String)).toBe('备品正式代替');
    expect(fieldWorkLine(t, event('replacement.recovered', notice), String)).toBe('JDQ-1 继电器 #S-9');
    // The unit is named beside the title; one known only by its serial is named in the line.
    expect(fieldWorkLine(t, event('scrap.disposed', { recordId: 4, item: 'UPS-3000 · SN1' }), String)).toBe('');
    expect(fieldWorkLine(t, event('scrap.disposed', { recordId: 4, item: 'SN1' }, null), String)).toBe('SN1');
    expect(fieldWorkLine(t, event('scrap.opened', { recordId: 4, item: 'UPS-3000 · SN1', reason: 'upgrade' }), String)).toBe(
      'scrap:timeline.details.opened{"reason":"scrap:reasons.upgrade{\\"defaultValue\\":\\"upgrade\\"}"}',
    );
  });
});
