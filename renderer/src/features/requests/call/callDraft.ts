// What the call form holds while a call is taken (来电登记): kept for the browser session, per user, so a form closed
// by accident or a save that failed loses nothing; turned into `requests.create`'s input when saved.
import type { ApiInput } from '../../../../../shared/api';
import type { Priority, RequestChannel, RequestKind } from '../../../../../shared/api/requests';
import { foldPhoneWidth } from '../../../../../shared/customers/phones';

export interface DraftCustomer {
  id: number;
  code: string;
  name: string;
  primaryContact: string | null;
}

export interface DraftArticle {
  id: number;
  number: string;
  title: string;
}

export interface DraftFault {
  occurredAt: number | null;
  nature: string;
  category: string;
  location: string;
  impact: string;
  userActions: string;
}

export interface CallDraft {
  /** When the form opened: when the call came in (sent as `receivedAt`). */
  openedAt: number;
  callerPhone: string;
  callerName: string;
  customer: DraftCustomer | null;
  equipmentId: number | null;
  kind: RequestKind;
  /** null: not said, so the default for when the call came in (see channelDefault.ts). */
  channel: RequestChannel | null;
  priority: Priority;
  subject: string;
  description: string;
  complex: boolean;
  fault: DraftFault;
  /** A consultation answered on the spot: the article read out to the caller. */
  article: DraftArticle | null;
  /** A consultation answered on the spot without an article (the agent knew the answer): closed at once too. */
  answeredOnSpot: boolean;
}

export const emptyFault = (): DraftFault => ({ occurredAt: null, nature: '', category: '', location: '', impact: '', userActions: '' });

/** Defaults chosen for the most common call: a fault report on the hotline, of general priority. */
export function newDraft(openedAt: number): CallDraft {
  return {
    openedAt,
    callerPhone: '',
    callerName: '',
    customer: null,
    equipmentId: null,
    kind: 'fault',
    channel: null,
    priority: 'general',
    subject: '',
    description: '',
    complex: false,
    fault: emptyFault(),
    article: null,
    answeredOnSpot: false,
  };
}

/** Whether the agent has typed or picked anything yet (an untouched form is not worth keeping). */
export function isBlank(draft: CallDraft): boolean {
  const fresh = newDraft(draft.openedAt);
  return JSON.stringify({ ...draft, kind: fresh.kind, priority: fresh.priority, channel: null }) === JSON.stringify(fresh);
}

/**
 * The subject used when the agent leaves it empty: the kind and what the call is about (the article that answered
 * it, the equipment, else the customer or the number), e.g. "报修：DS-7608N-K2 网络硬盘录像机".
 */
export function suggestedSubject(draft: CallDraft, labels: { kind: string; separator: string; equipment: string | null }): string {
  // A number typed full-width by an input method is stored in plain digits, as the phone field itself is.
  const about = draft.article?.title ?? labels.equipment ?? draft.customer?.name ?? foldPhoneWidth(draft.callerPhone).trim();
  return about ? `${labels.kind}${labels.separator}${about}` : labels.kind;
}

/** A consultation closed as soon as it is saved: answered from an article, or by the agent without one. */
export function isAnsweredOnSpot(draft: CallDraft): boolean {
  return draft.kind === 'consultation' && (draft.article !== null || draft.answeredOnSpot === true);
}

export type CreateInput = ApiInput<'requests.create'>;

export function toCreateInput(draft: CallDraft, defaults: { subject: string; channel: RequestChannel }): CreateInput {
  const subject = draft.subject.trim() === '' ? defaults.subject : draft.subject;
  const onSpot = isAnsweredOnSpot(draft);
  return {
    callerPhone: draft.callerPhone,
    ...(draft.callerName.trim() !== '' && { callerName: draft.callerName }),
    customerId: draft.customer?.id ?? null,
    equipmentId: draft.customer ? draft.equipmentId : null,
    kind: draft.kind,
    channel: draft.channel ?? defaults.channel,
    priority: draft.priority,
    subject,
    description: draft.description,
    ...(draft.kind === 'fault' && { fault: draft.fault }),
    ...(draft.complex && { complex: true }),
    receivedAt: draft.openedAt,
    ...(onSpot && { answeredOnSpot: true }),
    ...(onSpot && draft.article && { articleId: draft.article.id }),
  };
}

const storageKey = (userId: number) => `aftersales.callDraft.${userId}`;

export function loadDraft(userId: number): CallDraft | null {
  try {
    const text = window.sessionStorage.getItem(storageKey(userId));
    if (!text) return null;
    const value = JSON.parse(text) as CallDraft;
    return typeof value.openedAt === 'number' && typeof value.callerPhone === 'string' ? { ...newDraft(value.openedAt), ...value } : null;
  } catch {
    return null;
  }
}

export function storeDraft(userId: number, draft: CallDraft | null): void {
  try {
    if (draft === null || isBlank(draft)) window.sessionStorage.removeItem(storageKey(userId));
    else window.sessionStorage.setItem(storageKey(userId), JSON.stringify(draft));
  } catch {
    // A locked-down profile: the draft still lives as long as the form is open.
  }
}
