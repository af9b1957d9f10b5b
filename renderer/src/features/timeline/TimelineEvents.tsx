// The events of a repair archive (维修档案), a customer's or one piece of equipment's, newest first and page by page;
// each event kind in the user's words. Shown by the customer page's section and by the equipment's timeline dialog.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Equipment, TimelineEvent } from '../../../../shared/api';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { complaintDetailLines } from '../complaints';
import { workOrderDetailLines } from '../work-orders';
import { useCalendarDate } from '../../components/CalendarDateField';
import { formatYuan } from '../../lib/money';
import { useDeadlineFormat } from '../../components/Deadline';
import { FIELD_WORK_KINDS, fieldWorkLabel, fieldWorkLine, fieldWorkLink } from './fieldWorkEvents';

const KNOWN = [
  'customer.created',
  'equipment.added',
  'warranty.renewed',
  'document.added',
  'customer.merged',
  'request.created',
  'request.answered',
  'request.arrived',
  'request.resolved',
  'request.closed',
  'request.reopened',
  'request.cancelled',
  'question.opened',
  'question.answered',
  'question.closed',
  'suggestion.recorded',
  'suggestion.answered',
  'suggestion.closed',
  'complaint.filled',
  'complaint.reviewed',
  'complaint.resubmitted',
  'complaint.routed',
  'complaint.resultRecorded',
  'complaint.signed',
  'complaint.sent',
  'complaint.opinionRecorded',
  'complaint.replyAssigned',
  'complaint.replied',
  'complaint.filed',
  'complaint.returned',
  'workOrder.created',
  'workOrder.dispatched',
  'workOrder.arrived',
  'workOrder.partsRecorded',
  'workOrder.completed',
  'workOrder.signedOff',
  'workOrder.cancelled',
  ...FIELD_WORK_KINDS,
];

/** Events that other records add to the archive link back to that record (a request, a question, a suggestion, a work order). */
function recordLink(event: TimelineEvent): { to: string; number: string } | null {
  const d = event.details;
  const number = str(d.number);
  if (typeof d.requestId === 'number' && event.kind.startsWith('request.')) return { to: `/requests/${d.requestId}`, number };
  if (typeof d.questionId === 'number') return { to: `/questions/${d.questionId}`, number };
  if (typeof d.suggestionId === 'number') return { to: `/suggestions/${d.suggestionId}`, number };
  if (typeof d.complaintId === 'number') return { to: `/complaints/${d.complaintId}`, number };
  const fieldWork = fieldWorkLink(event);
  if (fieldWork) return fieldWork;
  if (typeof d.workOrderId === 'number') return { to: `/work-orders/${d.workOrderId}`, number };
  return null;
}

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function describe(t: TFunction, event: TimelineEvent, date: (d: string | null) => string, language: string, times: { dateTime: (ms: number) => string; deadline: (ms: number) => string }): string {
  const d = event.details;
  if (event.kind.startsWith('complaint.') && KNOWN.includes(event.kind)) return complaintDetailLines(t, d, times).join(t('search.separator'));
  // A visit: who went, when they arrived, the parts used and returned, the outcome, who signed.
  if (event.kind.startsWith('workOrder.') && KNOWN.includes(event.kind)) return workOrderDetailLines(t, d, language, times.dateTime).join(t('search.separator'));
  if (FIELD_WORK_KINDS.includes(event.kind)) return fieldWorkLine(t, event, date);
  switch (event.kind) {
    case 'customer.created':
      return t('timeline.details.created', { code: str(d.code), name: str(d.name) });
    case 'equipment.added':
      return t('timeline.details.equipmentAdded', { model: str(d.model), serial: str(d.serialNumber) });
    case 'warranty.renewed':
      return t('timeline.details.warrantyRenewed', {
        contract: str(d.contractNumber),
        end: date(str(d.newEnd) || null),
        fee: formatYuan(typeof d.feeFen === 'number' ? d.feeFen : 0, language),
      });
    case 'document.added':
      return t('timeline.details.documentAdded', { kind: t(`documents:kinds.${str(d.kind)}`, { defaultValue: str(d.kind) }), file: str(d.fileName) });
    case 'customer.merged':
      return t('timeline.details.merged', { code: str(d.fromCode), name: str(d.fromName) });
    default:
      if (KNOWN.includes(event.kind)) return str(d.subject) || str(d.question);
      return Object.entries(d)
        .filter(([, value]) => str(value) !== '')
        .map(([key, value]) => `${key}: ${str(value)}`)
        .join(t('search.separator'));
  }
}

/** Whose archive: a customer's, or one piece of equipment's (the contract takes exactly one of the two). */
export type TimelineOwner = { customerId: number } | { equipmentId: number };

export function TimelineEvents({
  owner,
  pageSize,
  equipment = [],
  testId,
  startFresh = false,
}: {
  owner: TimelineOwner;
  pageSize: number;
  /** The customer's equipment, to name the unit an event is about (not needed when the archive is one unit's). */
  equipment?: Equipment[];
  testId?: string;
  /** Forget the pages loaded once it is no longer shown, so it opens again at the newest page (a dialog). */
  startFresh?: boolean;
}) {
  const { t, i18n } = useTranslation(['customers', 'documents', 'common', 'replacements', 'scrap']);
  const format = useFormat();
  const deadline = useDeadlineFormat();
  const date = useCalendarDate();
  const timeline = useInfiniteQuery({
    queryKey: ['customers.timeline', owner, pageSize],
    queryFn: ({ pageParam }) => call('customers.timeline', { ...owner, limit: pageSize, ...(pageParam !== null && { before: pageParam }) }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor,
    ...(startFresh && { gcTime: 0 }),
  });
  const events = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  const unitOf = new Map(equipment.map((unit) => [unit.id, unit]));

  return (
    <Box data-testid={testId}>
      {timeline.isError && <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />}
      {timeline.isPending && <LoadingBlock />}
      {!timeline.isPending && !timeline.isError && events.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('timeline.empty')}
        </Typography>
      )}
      <Stack component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {events.map((event) => {
          const known = KNOWN.includes(event.kind);
          const link = recordLink(event);
          const unit = event.equipmentId !== null ? unitOf.get(event.equipmentId) : undefined;
          return (
            <Stack
              component="li"
              key={event.id}
              direction="row"
              spacing={2}
              sx={{ py: 0.9, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}
              data-testid={`timeline-${event.kind}`}
            >
              <Typography variant="caption" color="text.secondary" sx={{ width: 120, flexShrink: 0, pt: 0.25, fontVariantNumeric: 'tabular-nums' }}>
                {format.dateTime(event.at)}
              </Typography>
              <Box sx={{ minWidth: 0, flex: 1 }}>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  {known ? (fieldWorkLabel(t, event.kind) ?? t(`timeline.kinds.${event.kind}`)) : t('timeline.kinds.other', { kind: event.kind })}
                  {unit && event.kind !== 'equipment.added' && (
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                      {t('timeline.unit', { model: unit.model, serial: unit.serialNumber })}
                    </Typography>
                  )}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {link && (
                    <Link component={RouterLink} to={link.to} underline="hover" sx={{ mr: 1, fontFamily: 'monospace' }} data-testid="timeline-record-link">
                      {link.number}
                    </Link>
                  )}
                  {describe(t, event, date, i18n.language, { dateTime: format.dateTime, deadline })}
                </Typography>
              </Box>
              <Typography variant="caption" color="text.secondary" sx={{ flexShrink: 0, pt: 0.25 }}>
                {event.actorName ?? ''}
              </Typography>
            </Stack>
          );
        })}
      </Stack>
      {timeline.hasNextPage && (
        <Button size="small" sx={{ mt: 1 }} onClick={() => void timeline.fetchNextPage()} disabled={timeline.isFetchingNextPage} data-testid="timeline-load-more">
          {t('common:actions.loadMore')}
        </Button>
      )}
    </Box>
  );
}
