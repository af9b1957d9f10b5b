// 客户投诉联系书，一式两联, laid out as the paper form: part 1 (the stub) and part 2 (the transfer copy) on one A4 page,
// separated by a cut line, or either part alone. Every field has its box; a box not filled yet stays empty, to be
// completed by hand.
import type { TFunction } from 'i18next';
import { useCallback, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Complaint, ComplaintUnit } from '../../../shared/api/complaints';
import type { ComplaintRoute } from '../../../shared/complaints/route';
import type { PrintPart } from '../../../shared/print/routes';
import { departmentName } from '../features/departments';
import type { PrintFormat } from './format';
import { FitText, useFontsLoaded } from './PrintDocument';

interface SheetProps {
  complaint: Complaint;
  centerName: string;
  part: PrintPart;
  lang: string;
  t: TFunction<'print'>;
  format: PrintFormat;
}

/** Column widths of both parts' tables (mm, 186 in all): label, value, label, value, label, value. */
const COLUMNS = [23, 39, 21, 39, 21, 43];
const TOTAL = COLUMNS.reduce((sum, width) => sum + width, 0);

/** As shares of the table, which is a little narrower than the page (its outer border inside the page). */
function Columns() {
  return (
    <colgroup>
      {COLUMNS.map((width, index) => (
        <col key={index} style={{ width: `${((width / TOTAL) * 100).toFixed(3)}%` }} />
      ))}
    </colgroup>
  );
}

function Label({ children, rowSpan }: { children: ReactNode; rowSpan?: number }) {
  return (
    <td className="cf-label" rowSpan={rowSpan}>
      {children}
    </td>
  );
}

function Value({ children, colSpan, testId }: { children?: ReactNode; colSpan?: number; testId?: string }) {
  return (
    <td colSpan={colSpan} data-testid={testId}>
      {children}
    </td>
  );
}

/** A date field: the date when there is one, else the blank the paper form has for writing it in. */
function DateValue({
  ms,
  format,
  t,
  colSpan,
  testId,
  due,
}: {
  ms: number | null;
  format: PrintFormat;
  t: TFunction<'print'>;
  colSpan?: number;
  testId?: string;
  /** A deadline (the day it ends), not a moment. */
  due?: boolean;
}) {
  return (
    <Value colSpan={colSpan} testId={testId}>
      {ms === null ? <span className="cf-blank">{t('form.blankDate')}</span> : due ? format.due(ms) : format.dateTime(ms)}
    </Value>
  );
}

function CheckBox({ checked }: { checked: boolean }) {
  return (
    <svg viewBox="0 0 10 10" aria-hidden="true">
      <rect x="0.5" y="0.5" width="9" height="9" fill="none" stroke="#000" strokeWidth="0.8" />
      {checked && <path d="M2 5.2 L4.2 7.4 L8.2 2.6" fill="none" stroke="#000" strokeWidth="1.3" />}
    </svg>
  );
}

/** The scissors of the cut line (the Material "content cut" icon's shape). */
function Scissors() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path
        fill="#000"
        d="M9.64 7.64c.23-.5.36-1.05.36-1.64 0-2.21-1.79-4-4-4S2 3.79 2 6s1.79 4 4 4c.59 0 1.14-.13 1.64-.36L10 12l-2.36 2.36C7.14 14.13 6.59 14 6 14c-2.21 0-4 1.79-4 4s1.79 4 4 4 4-1.79 4-4c0-.59-.13-1.14-.36-1.64L12 14l7 7h3v-1L9.64 7.64zM6 8c-1.1 0-2-.89-2-2s.9-2 2-2 2 .89 2 2-.9 2-2 2zm0 12c-1.1 0-2-.89-2-2s.9-2 2-2 2 .89 2 2-.9 2-2 2zm6-7.5c-.28 0-.5-.22-.5-.5s.22-.5.5-.5.5.22.5.5-.22.5-.5.5zM19 3l-6 6 2 2 7-7V3z"
      />
    </svg>
  );
}

function PartHead({ label, note, number, centerName, t }: { label: string; note: string; number: string; centerName: string; t: TFunction<'print'> }) {
  return (
    <div className="cf-head">
      <div className="cf-part-label">{label}</div>
      <div className="cf-titles">
        <div className="cf-center" data-testid="print-center-name">
          {centerName}
        </div>
        <div className="cf-title">{t('form.title')}</div>
      </div>
      <div className="cf-number">
        <div>
          {t('form.number')}
          {'\u2002'}
          <b data-testid="print-number">{number}</b>
        </div>
        <div className="cf-note">{note}</div>
      </div>
    </div>
  );
}

const unitName = (unit: ComplaintUnit | null, lang: string) => (unit ? departmentName(unit, lang) : '');

function deadlineText(complaint: Complaint, t: TFunction<'print'>): string {
  const deadline = complaint.deadline;
  if (!deadline) return '';
  if (deadline.late) return deadline.breach === 'none' ? t('deadline.late') : `${t('deadline.late')}（${t(`deadline.${deadline.breach}`)}）`;
  return deadline.doneAt === null ? t('deadline.open') : t('deadline.met');
}

const ROUTE_CHOICES: Array<{ route: ComplaintRoute; key: 'form.routeInternal' | 'form.routeDepartment' | 'form.routeHigherLevel' }> = [
  { route: 'internal', key: 'form.routeInternal' },
  { route: 'transfer_department', key: 'form.routeDepartment' },
  { route: 'transfer_higher_level', key: 'form.routeHigherLevel' },
];

function Part1({ complaint, centerName, lang, t, format, tall }: SheetProps & { tall: boolean }) {
  const p = complaint.part1;
  const overflowNote = useCallback((count: number) => t('form.truncated', { count }), [t]);
  const unitLabel = p.route === null ? t('form.unitEither') : p.route === 'internal' ? t('form.handlingUnit') : t('form.transferUnit');
  const grow = tall ? 1.5 : 1;
  return (
    <section className="cf-part" data-testid="print-part1">
      <PartHead label={t('form.part1')} note={t('form.part1Note')} number={complaint.number} centerName={centerName} t={t} />
      <table className="cf-table">
        <Columns />
        <tbody>
          <tr>
            <Label>{t('form.complainant')}</Label>
            <Value testId="print-complainant">{p.complainant}</Value>
            <Label>{t('form.contactPhone')}</Label>
            <Value>{p.contactPhone}</Value>
            <Label>{t('form.receivedAt')}</Label>
            <DateValue ms={p.receivedAt} format={format} t={t} />
          </tr>
          <tr>
            <Label>{t('form.customer')}</Label>
            <Value colSpan={3}>
              {complaint.customerName}
              {complaint.customerCode && `（${complaint.customerCode}）`}
            </Value>
            <Label>{t('form.request')}</Label>
            <Value>{complaint.requestNumber ?? ''}</Value>
          </tr>
          <tr>
            <Label>{t('form.content')}</Label>
            <td className="cf-box" colSpan={5}>
              <FitText text={p.content} heightMm={24 * grow} overflowNote={overflowNote} testId="print-content" />
            </td>
          </tr>
          <tr>
            <Label>{t('form.filledBy')}</Label>
            <Value>{p.filledByName ?? ''}</Value>
            <Label>{t('form.reviewedBy')}</Label>
            <Value>{p.reviewedByName ?? ''}</Value>
            <Label>{t('form.reviewedAt')}</Label>
            <DateValue ms={p.reviewedAt} format={format} t={t} />
          </tr>
          <tr>
            <Label>{t('form.routing')}</Label>
            <td colSpan={5}>
              <div className="cf-routes">
                {ROUTE_CHOICES.map(({ route, key }) => (
                  <span key={route} className="cf-check" data-checked={p.route === route} data-testid={`print-route-${route}`}>
                    <CheckBox checked={p.route === route} />
                    {t(key)}
                  </span>
                ))}
              </div>
            </td>
          </tr>
          <tr>
            <Label>{unitLabel}</Label>
            <Value testId="print-unit">{unitName(p.unit, lang)}</Value>
            <Label>{t('form.routedBy')}</Label>
            <Value>{p.routedByName ?? ''}</Value>
            <Label>{t('form.routedAt')}</Label>
            <DateValue ms={p.routedAt} format={format} t={t} />
          </tr>
          <tr>
            <Label>{t('form.dueAt')}</Label>
            <DateValue ms={complaint.dueAt} format={format} t={t} colSpan={3} due />
            <Label>{t('form.deadline')}</Label>
            <Value testId="print-deadline">{deadlineText(complaint, t)}</Value>
          </tr>
          <tr>
            <Label rowSpan={2}>{t('form.signature')}</Label>
            <td colSpan={3} rowSpan={2} data-testid="print-signature">
              <div className="cf-signature" style={{ height: '14.4mm' }}>
                {p.signature && <img src={p.signature} alt={t('form.signature')} />}
              </div>
            </td>
            <Label>{t('form.signedBy')}</Label>
            <Value>{p.signedByName ?? ''}</Value>
          </tr>
          <tr>
            <Label>{t('form.signedAt')}</Label>
            <DateValue ms={p.signedAt} format={format} t={t} />
          </tr>
          <tr>
            <Label rowSpan={2}>{t('form.result')}</Label>
            <td className="cf-box" colSpan={5}>
              <FitText text={p.result} heightMm={18 * grow} overflowNote={overflowNote} testId="print-result" />
            </td>
          </tr>
          <tr>
            <Label>{t('form.resultBy')}</Label>
            <Value colSpan={2}>{p.resultByName ?? ''}</Value>
            <Label>{t('form.resultAt')}</Label>
            <DateValue ms={p.resultAt} format={format} t={t} />
          </tr>
          <tr>
            <Label rowSpan={2}>{t('form.reply')}</Label>
            <td className="cf-box" colSpan={5}>
              <FitText text={p.reply} heightMm={13 * grow} overflowNote={overflowNote} testId="print-reply" />
            </td>
          </tr>
          <tr>
            <Label>{t('form.repliedBy')}</Label>
            <Value colSpan={2}>{p.repliedByName ?? p.replyAgentName ?? ''}</Value>
            <Label>{t('form.repliedAt')}</Label>
            <DateValue ms={p.repliedAt} format={format} t={t} />
          </tr>
          <tr>
            <Label>{t('form.filed')}</Label>
            <Label>{t('form.filedBy')}</Label>
            <Value colSpan={2}>{p.filedByName ?? ''}</Value>
            <Label>{t('form.filedAt')}</Label>
            <DateValue ms={p.filedAt} format={format} t={t} />
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function Part2({ complaint, centerName, lang, t, format, tall }: SheetProps & { tall: boolean }) {
  const p = complaint.part2;
  const overflowNote = useCallback((count: number) => t('form.truncated', { count }), [t]);
  const internal = complaint.part1.route === 'internal';
  const grow = tall ? 1.6 : 1;
  return (
    <section className="cf-part" data-testid="print-part2">
      <PartHead
        label={t('form.part2')}
        note={internal ? t('form.notTransferred') : t('form.part2Note')}
        number={complaint.number}
        centerName={centerName}
        t={t}
      />
      <table className="cf-table">
        <Columns />
        <tbody>
          <tr>
            <Label>{t('form.transferUnit')}</Label>
            <Value colSpan={3} testId="print-transfer-unit">
              {unitName(p.transferUnit, lang)}
            </Value>
            <Label>{t('form.dueAt')}</Label>
            <DateValue ms={p.dueAt} format={format} t={t} due />
          </tr>
          <tr>
            <Label>{t('form.sentAt')}</Label>
            <DateValue ms={p.sentAt} format={format} t={t} colSpan={3} />
            <Label>{t('form.sentBy')}</Label>
            <Value>{p.sentByName ?? ''}</Value>
          </tr>
          <tr>
            <Label>{t('form.complainant')}</Label>
            <Value>{complaint.part1.complainant}</Value>
            <Label>{t('form.contactPhone')}</Label>
            <Value>{complaint.part1.contactPhone}</Value>
            <Label>{t('form.receivedAt')}</Label>
            <DateValue ms={complaint.part1.receivedAt} format={format} t={t} />
          </tr>
          <tr>
            <Label>{t('form.content')}</Label>
            <td className="cf-box" colSpan={5}>
              <FitText text={complaint.part1.content} heightMm={16 * grow} overflowNote={overflowNote} />
            </td>
          </tr>
          <tr>
            <Label>{t('form.opinion')}</Label>
            <td className="cf-box" colSpan={5}>
              <FitText text={p.opinion} heightMm={30 * grow} overflowNote={overflowNote} testId="print-opinion" />
            </td>
          </tr>
          <tr>
            <Label>{t('form.opinionBy')}</Label>
            <Value testId="print-opinion-by">{p.opinionBy}</Value>
            <Label>{t('form.cameBackAt')}</Label>
            <DateValue ms={p.cameBackAt} format={format} t={t} />
            <Label>{t('form.recordedBy')}</Label>
            <Value>{p.recordedByName ?? ''}</Value>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** The height an A4 portrait page has for the form (297 mm less the margins, less 2 mm to spare), in CSS pixels. */
const PAGE_CONTENT_PX = ((297 - 20 - 2) * 96) / 25.4;

/**
 * A form is one sheet of paper: should the boxes and labels (another language, a long name) make it taller than the
 * page, the whole form is scaled down to fit rather than spill onto a second page.
 */
function useOnePage() {
  const content = useRef<HTMLDivElement>(null);
  const fontsLoaded = useFontsLoaded();
  useLayoutEffect(() => {
    const element = content.current;
    if (!element || !fontsLoaded) return;
    element.style.zoom = '';
    const height = element.offsetHeight;
    if (height > PAGE_CONTENT_PX) element.style.zoom = String(Math.floor((PAGE_CONTENT_PX / height) * 1000) / 1000);
  }, [fontsLoaded]);
  return content;
}

export function ComplaintFormSheet(props: SheetProps) {
  const { part, t } = props;
  const content = useOnePage();
  return (
    <div className="print-sheet" data-testid="print-complaint-form" data-part={part}>
      <div ref={content}>
      {part !== 'part2' && <Part1 {...props} tall={part === 'part1'} />}
      {part === 'both' && (
        <div className="cf-cut" data-testid="print-cut-line">
          <Scissors />
          <span>{t('form.cutLine')}</span>
        </div>
      )}
      {part !== 'part1' && <Part2 {...props} tall={part === 'part2'} />}
      </div>
    </div>
  );
}
