// The two parts of the form laid out like the paper one: 第一联（存根）, which stays with the center, and beside it,
// past the cut line, 第二联（转办联）, which travels to the transfer unit. Every field with who filled it and when.
import ContentCutOutlined from '@mui/icons-material/ContentCutOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Complaint } from '../../../../shared/api/complaints';
import { isTransferRoute } from '../../../../shared/complaints/route';
import { useFormat } from '../../lib/format';
import { unitName } from './parts';
import { DeadlineText } from '../../components/Deadline';

interface Row {
  label: string;
  value: ReactNode;
  /** Who and when, under the value. */
  by?: string;
  testId: string;
}

function Blank() {
  return (
    <Typography component="span" variant="body2" color="text.disabled">
      —
    </Typography>
  );
}

/** A labelled box of rows with ruled cells, like the printed form. */
function FormPart({ title, part, number, rows, testId, note }: { title: string; part: string; number: string; rows: Row[]; testId: string; note?: string }) {
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }} data-testid={testId}>
      <Stack direction="row" sx={{ alignItems: 'baseline', px: 2, py: 1.25, bgcolor: 'action.hover', borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        <Typography variant="subtitle2" color="primary" sx={{ ml: 1.25, flex: 1 }} data-testid={`${testId}-label`}>
          {part}
        </Typography>
        <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
          {number}
        </Typography>
      </Stack>
      {note && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }} data-testid={`${testId}-note`}>
          {note}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(96px, max-content) minmax(0, 1fr)' }}>
        {rows.map((row, index) => (
          <Fragment key={row.testId}>
            <Box sx={{ px: 1.5, py: 1, bgcolor: 'grey.50', borderRight: 1, borderTop: index === 0 ? 0 : 1, borderColor: 'divider' }}>
              <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                {row.label}
              </Typography>
            </Box>
            <Box sx={{ px: 1.5, py: 1, borderTop: index === 0 ? 0 : 1, borderColor: 'divider', minWidth: 0 }} data-testid={row.testId}>
              <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {row.value ?? <Blank />}
              </Typography>
              {row.by && (
                <Typography variant="caption" color="text.secondary" component="div" data-testid={`${row.testId}-by`}>
                  {row.by}
                </Typography>
              )}
            </Box>
          </Fragment>
        ))}
      </Box>
    </Paper>
  );
}

export function ComplaintParts({ complaint }: { complaint: Complaint }) {
  const { t, i18n } = useTranslation('complaints');
  const format = useFormat();
  const { part1, part2 } = complaint;
  const by = (name: string | null, at: number | null) => (at === null ? undefined : [name ?? '', format.dateTime(at)].filter(Boolean).join(' · '));
  const text = (value: string) => (value.trim() === '' ? null : value);
  const transfer = part1.route !== null && isTransferRoute(part1.route);

  const part1Rows: Row[] = [
    { label: t('fields.receivedAt'), value: format.dateTime(part1.receivedAt), by: part1.filledByName ? t('parts.filledBy', { name: part1.filledByName }) : undefined, testId: 'p1-received' },
    {
      label: t('fields.customer'),
      value: (
        <Link component={RouterLink} to={`/customers/${complaint.customerId}`} underline="hover" data-testid="complaint-customer-link">
          {complaint.customerName} · {complaint.customerCode}
        </Link>
      ),
      testId: 'p1-customer',
    },
    { label: t('fields.complainant'), value: part1.complainant, testId: 'p1-complainant' },
    { label: t('fields.contactPhone'), value: part1.contactPhone, testId: 'p1-phone' },
    { label: t('fields.content'), value: part1.content, testId: 'p1-content' },
    { label: t('fields.review'), value: part1.reviewedAt !== null ? t('parts.reviewed') : null, by: by(part1.reviewedByName, part1.reviewedAt), testId: 'p1-review' },
    {
      label: t('fields.route'),
      value: part1.route !== null ? t(`routes.${part1.route}`) : null,
      by: by(part1.routedByName, part1.routedAt),
      testId: 'p1-route',
    },
    {
      label: transfer ? t('fields.transferUnit') : t('fields.handlingDepartment'),
      value: part1.unit ? unitName(part1.unit, i18n.language) : part1.route === 'internal' ? t('steps.route.theCenter') : null,
      testId: 'p1-unit',
    },
    {
      label: t('fields.signature'),
      value:
        part1.signedAt === null ? null : part1.signature ? (
          <Box component="img" src={part1.signature} alt={t('sign.imageAlt', { name: part1.signedByName ?? '' })} sx={{ height: 56, display: 'block' }} data-testid="p1-signature-image" />
        ) : (
          part1.signedByName
        ),
      by: by(part1.signedByName, part1.signedAt),
      testId: 'p1-signature',
    },
    { label: t('fields.result'), value: text(part1.result), by: by(part1.resultByName, part1.resultAt), testId: 'p1-result' },
    {
      label: t('fields.replyAgent'),
      value: part1.replyAgentName,
      by: part1.assignedAt !== null ? t('parts.assignedAt', { at: format.dateTime(part1.assignedAt) }) : undefined,
      testId: 'p1-reply-agent',
    },
    { label: t('fields.reply'), value: text(part1.reply), by: by(part1.repliedByName, part1.repliedAt), testId: 'p1-reply' },
    { label: t('fields.filed'), value: part1.filedAt !== null ? t('parts.filed') : null, by: by(part1.filedByName, part1.filedAt), testId: 'p1-filed' },
  ];

  const part2Rows: Row[] = [
    { label: t('fields.transferUnit'), value: part2.transferUnit ? unitName(part2.transferUnit, i18n.language) : null, testId: 'p2-unit' },
    { label: t('fields.sentAt'), value: part2.sentAt !== null ? format.dateTime(part2.sentAt) : null, by: part2.sentByName ?? undefined, testId: 'p2-sent' },
    { label: t('fields.part2Due'), value: part2.dueAt !== null ? <DeadlineText dueAt={part2.dueAt} /> : null, testId: 'p2-due' },
    { label: t('fields.opinion'), value: text(part2.opinion), testId: 'p2-opinion' },
    { label: t('fields.opinionBy'), value: text(part2.opinionBy), testId: 'p2-opinion-by' },
    {
      label: t('fields.cameBackAt'),
      value: part2.cameBackAt !== null ? format.dateTime(part2.cameBackAt) : null,
      by: part2.recordedByName ? t('parts.recordedBy', { name: part2.recordedByName }) : undefined,
      testId: 'p2-came-back',
    },
  ];

  const part2Note = part1.route === 'internal' ? t('parts.part2Internal') : part1.route === null ? t('parts.part2NotYet') : undefined;

  return (
    <Box sx={{ display: 'grid', gap: 0, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 7fr) 32px minmax(0, 5fr)' }, alignItems: 'start' }}>
      <FormPart title={t('formTitle')} part={t('parts.part1')} number={complaint.number} rows={part1Rows} testId="complaint-part1" />
      <Box
        aria-hidden
        sx={{
          alignSelf: 'stretch',
          display: { xs: 'none', lg: 'flex' },
          justifyContent: 'center',
          position: 'relative',
          '&::before': { content: '""', position: 'absolute', top: 0, bottom: 0, borderLeft: '1px dashed', borderColor: 'text.disabled' },
        }}
      >
        <ContentCutOutlined sx={{ fontSize: 16, color: 'text.disabled', bgcolor: 'background.default', mt: 4, transform: 'rotate(-90deg)', zIndex: 1 }} />
      </Box>
      <Box sx={{ mt: { xs: 2, lg: 0 } }}>
        <FormPart title={t('formTitle')} part={t('parts.part2')} number={complaint.number} rows={part2Rows} testId="complaint-part2" note={part2Note} />
      </Box>
    </Box>
  );
}
