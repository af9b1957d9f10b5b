import { describe, expect, it } from 'vitest';
import { isBlank, newDraft, suggestedSubject, toCreateInput, type CallDraft } from './callDraft';
import { defaultChannel } from './channelDefault';
import { deadlineLines, deadlineStanding, splitDuration } from '../../../lib/durations';

const OPENED = Date.UTC(2026, 2, 10, 2, 5); // 10:05 in Shanghai, a Tuesday

const draft = (over: Partial<CallDraft>): CallDraft => ({ ...newDraft(OPENED), ...over });
const labels = { kind: '报修', separator: '：', equipment: 'DS-7608N-K2 网络硬盘录像机 DS7608-2023-0001' };

describe('the call form draft', () => {
  it('is blank until the agent types or picks something, whatever kind or priority is selected', () => {
    expect(isBlank(newDraft(OPENED))).toBe(true);
    expect(isBlank(draft({ kind: 'consultation', priority: 'urgent', channel: 'fax' }))).toBe(true);
    expect(isBlank(draft({ callerPhone: '138' }))).toBe(false);
  });

  it('suggests a subject from the article that answered the call, else the equipment, the customer or the number', () => {
    expect(suggestedSubject(draft({ callerPhone: '138 0013 8000' }), labels)).toBe('报修：DS-7608N-K2 网络硬盘录像机 DS7608-2023-0001');
    expect(suggestedSubject(draft({ callerPhone: '138 0013 8000' }), { ...labels, equipment: null })).toBe('报修：138 0013 8000');
    expect(suggestedSubject(draft({ callerPhone: '（０２１）５８８８－６６７７' }), { ...labels, equipment: null })).toBe('报修：(021)5888-6677');
    const customer = { id: 4, code: 'KH-000004', name: '杭州市西湖区人民医院', primaryContact: '刘洋' };
    expect(suggestedSubject(draft({ customer }), { ...labels, equipment: null })).toBe('报修：杭州市西湖区人民医院');
    const article = { id: 9, number: 'ZS-000009', title: '如何重置录像机密码' };
    expect(suggestedSubject(draft({ article }), { ...labels, kind: '咨询' })).toBe('咨询：如何重置录像机密码');
  });

  it('becomes a fault report received when the form opened, with the fault fields and the default channel', () => {
    const customer = { id: 4, code: 'KH-000004', name: '医院', primaryContact: '刘洋' };
    const input = toCreateInput(draft({ callerPhone: '0571-8765 4321', customer, equipmentId: 12, fault: { ...newDraft(0).fault, impact: '门诊停用' } }), {
      subject: '报修：录像机',
      channel: 'night_hotline',
    });
    expect(input).toMatchObject({
      callerPhone: '0571-8765 4321',
      customerId: 4,
      equipmentId: 12,
      kind: 'fault',
      channel: 'night_hotline',
      priority: 'general',
      subject: '报修：录像机',
      receivedAt: OPENED,
      fault: { impact: '门诊停用' },
    });
    expect(input).not.toHaveProperty('answeredOnSpot');
  });

  it('records a consultation answered from an article as answered on the spot, and only a consultation', () => {
    const article = { id: 9, number: 'ZS-000009', title: '如何重置录像机密码' };
    const consultation = toCreateInput(draft({ kind: 'consultation', article, subject: '密码忘了', channel: 'email' }), { subject: '', channel: 'hotline' });
    expect(consultation).toMatchObject({ answeredOnSpot: true, articleId: 9, subject: '密码忘了', channel: 'email' });
    expect(consultation).not.toHaveProperty('fault');
    const fault = toCreateInput(draft({ kind: 'fault', article }), { subject: 's', channel: 'hotline' });
    expect(fault).not.toHaveProperty('answeredOnSpot');
    expect(fault).not.toHaveProperty('articleId');
  });

  it('closes a consultation the agent answered without an article, and sends no article for it', () => {
    const answered = toCreateInput(draft({ kind: 'consultation', answeredOnSpot: true }), { subject: 's', channel: 'hotline' });
    expect(answered).toMatchObject({ answeredOnSpot: true });
    expect(answered).not.toHaveProperty('articleId');
    expect(toCreateInput(draft({ kind: 'consultation' }), { subject: 's', channel: 'hotline' })).not.toHaveProperty('answeredOnSpot');
    expect(toCreateInput(draft({ kind: 'fault', answeredOnSpot: true }), { subject: 's', channel: 'hotline' })).not.toHaveProperty('answeredOnSpot');
  });

  it('sends no equipment without a customer', () => {
    expect(toCreateInput(draft({ equipmentId: 12 }), { subject: 's', channel: 'hotline' }).equipmentId).toBeNull();
  });
});

describe('the channel a call defaults to', () => {
  const at = (iso: string) => new Date(iso).getTime();
  it('is the hotline on a working day during the day shift', () => {
    expect(defaultChannel(at('2026-03-10T10:05:00+08:00'), 'Asia/Shanghai', [])).toBe('hotline');
  });
  it('is the night & holiday hotline at night, at weekends and on public holidays', () => {
    expect(defaultChannel(at('2026-03-10T21:30:00+08:00'), 'Asia/Shanghai', [])).toBe('night_hotline');
    expect(defaultChannel(at('2026-03-10T07:59:00+08:00'), 'Asia/Shanghai', [])).toBe('night_hotline');
    expect(defaultChannel(at('2026-03-14T10:00:00+08:00'), 'Asia/Shanghai', [])).toBe('night_hotline');
    expect(defaultChannel(at('2026-10-01T10:00:00+08:00'), 'Asia/Shanghai', [{ date: '2026-10-01', kind: 'holiday' }])).toBe('night_hotline');
  });
  it('is the hotline on a make-up working Saturday (调休)', () => {
    expect(defaultChannel(at('2026-09-26T10:00:00+08:00'), 'Asia/Shanghai', [{ date: '2026-09-26', kind: 'working' }])).toBe('hotline');
  });
});

describe('where a request stands against a deadline', () => {
  const due = Date.UTC(2026, 2, 10, 8);
  const hour = 3_600_000;
  it('is met or late once recorded, open or overdue while owed, and void when no longer owed', () => {
    expect(deadlineStanding(due, due - hour, due + 5 * hour, true)).toEqual({ state: 'met', by: hour });
    expect(deadlineStanding(due, due + 2 * hour, due + 5 * hour, true)).toEqual({ state: 'late', by: 2 * hour });
    expect(deadlineStanding(due, null, due - 20 * 60_000, true)).toEqual({ state: 'open', by: 20 * 60_000 });
    expect(deadlineStanding(due, null, due + 3 * hour, true)).toEqual({ state: 'overdue', by: 3 * hour });
    expect(deadlineStanding(due, null, due + 3 * hour, false)).toEqual({ state: 'void' });
  });
  it('lists the on-site commitment only for a fault report, and the analysis and plan where the request has them', () => {
    const base = { firstResponseAt: 1, analysedAt: null, plannedAt: null, arrivedAt: null, solvedAt: null };
    const none = { analyseBy: null, planBy: null };
    expect(deadlineLines({ ...base, deadlines: { respondBy: 10, onSiteBy: null, solveBy: 30, ...none } }).map((line) => line.kind)).toEqual(['respond', 'solve']);
    expect(deadlineLines({ ...base, deadlines: { respondBy: 10, onSiteBy: 20, solveBy: 30, analyseBy: 12, planBy: 14 } }).map((line) => line.kind)).toEqual([
      'respond',
      'analyse',
      'plan',
      'onSite',
      'solve',
    ]);
  });
  it('splits a length of time into days, hours and minutes', () => {
    expect(splitDuration(((26 * 60) + 5) * 60_000 + 59_000)).toEqual({ days: 1, hours: 2, minutes: 5 });
    expect(splitDuration(-90 * 60_000)).toEqual({ days: 0, hours: 1, minutes: 30 });
  });
});
