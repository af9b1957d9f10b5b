// The service log (服务日志) as a timeline, oldest first: every change, note and progress message of the request, each
// kind in the user's words (`log.kinds.<kind>`) with who and when. Nobody can edit or delete a line.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ServiceLogEntry } from '../../../../../shared/api/requests';
import { useFormat } from '../../../lib/format';
import { complaintDetailLines } from '../../complaints';
import { workOrderDetailLines } from '../../work-orders';
import { Section } from '../../../components/Section';
import { useDeadlineFormat } from '../../../components/Deadline';

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The record another desk keeps about the request (a difficult question, a suggestion, an article), linked by its number. */
const RECORD_LINKS: Array<{ idKey: string; path: string }> = [
  { idKey: 'questionId', path: '/questions' },
  { idKey: 'suggestionId', path: '/suggestions' },
  { idKey: 'articleId', path: '/knowledge' },
  { idKey: 'complaintId', path: '/complaints' },
  { idKey: 'workOrderId', path: '/work-orders' },
];

/** The words of a log line's details; lines of kinds other desks add show their record and texts. */
function describe(
  t: TFunction,
  entry: ServiceLogEntry,
  dateTime: (ms: number) => string,
  departmentName: (id: number) => string | null,
  deadline: (ms: number) => string,
  language: string,
): ReactNode[] {
  const d = entry.details;
  const lines: ReactNode[] = [];
  const add = (key: string, value: string) => value !== '' && lines.push(t(`log.details.${key}`, { value }));
  const department = () => typeof d.departmentId === 'number' && add('department', departmentName(d.departmentId) ?? `#${d.departmentId}`);
  if (entry.kind === 'created') {
    add('call', [d.kind && t(`kinds.${str(d.kind)}`), d.channel && t(`channels.${str(d.channel)}`), d.priority && t(`priorities.${str(d.priority)}`)].filter(Boolean).join(t('call.listSeparator')));
    return lines;
  }
  if (entry.kind.startsWith('state.')) {
    if (d.from && d.to) lines.push(t('log.details.fromTo', { from: t(`states.${str(d.from)}`), to: t(`states.${str(d.to)}`) }));
    add('nature', str(d.nature));
    department();
    add('solution', str(d.solution));
    if (typeof d.plannedBy === 'number') add('plannedBy', dateTime(d.plannedBy));
    add('reason', str(d.reason));
    return lines;
  }
  switch (entry.kind) {
    case 'note':
      add('text', str(d.text));
      return lines;
    case 'progress':
      add('text', str(d.message));
      if (d.channel) add('channel', t(`channels.${str(d.channel)}`));
      return lines;
    case 'updated':
      if (Array.isArray(d.changed) && d.changed.length > 0) {
        add('changed', d.changed.map((field) => t(`fields.${str(field)}`)).join(t('call.listSeparator')));
      }
      return lines;
    case 'arrived':
      if (typeof d.at === 'number') add('at', dateTime(d.at));
      if (typeof d.onBehalfOf === 'object' && d.onBehalfOf !== null) add('onBehalfOf', str((d.onBehalfOf as { name?: unknown }).name));
      return lines;
    case 'confirmed':
      lines.push(t(d.satisfied ? 'confirm.satisfied' : 'confirm.notSatisfied'));
      add('comment', str(d.comment));
      return lines;
    default:
      break;
  }
  const link = RECORD_LINKS.find(({ idKey }) => typeof d[idKey] === 'number');
  if (link) {
    const label = str(d.number) || t('page.articleRef', { id: str(d[link.idKey]) });
    lines.push(
      <Link component={RouterLink} to={`${link.path}/${str(d[link.idKey])}`} underline="hover" sx={{ fontFamily: d.number ? 'monospace' : undefined }}>
        {label}
      </Link>,
    );
  }
  // A complaint form's step says what it said in the form's own history (its route, unit, result…), and how it moved
  // the request (shared/complaints/request-progress.ts).
  if (entry.kind.startsWith('complaint.')) {
    if (d.responded === true) lines.push(t('log.details.responded'));
    if (d.requestFrom && d.requestTo && d.requestFrom !== d.requestTo) {
      lines.push(t('log.details.requestMoved', { from: t(`states.${str(d.requestFrom)}`), to: t(`states.${str(d.requestTo)}`) }));
    }
    return [...lines, ...complaintDetailLines(t, d, { dateTime, deadline, unit: departmentName })];
  }
  if (entry.kind.startsWith('workOrder.')) return [...lines, ...workOrderDetailLines(t, d, language, dateTime)];
  department();
  if (typeof d.dueAt === 'number') add('dueAt', deadline(d.dueAt));
  for (const [key, value] of Object.entries(d)) {
    if (key === 'number' || key.endsWith('Id') || key.endsWith('At') || typeof value !== 'string') continue;
    add('text', value);
  }
  return lines;
}

export function ServiceLog({ log, departmentName }: { log: ServiceLogEntry[]; departmentName: (id: number) => string | null }) {
  const { t, i18n } = useTranslation(['requests', 'common']);
  const format = useFormat();
  const deadline = useDeadlineFormat();
  return (
    <Section title={t('page.log')} count={log.length} testId="request-log">
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {log.map((entry, index) => (
          <Box
            component="li"
            key={entry.id}
            data-testid={`log-${entry.kind}`}
            sx={{ display: 'grid', gridTemplateColumns: '150px 16px minmax(0, 1fr)', columnGap: 1.5, alignItems: 'stretch' }}
          >
            <Typography variant="caption" color="text.secondary" sx={{ pt: 0.25, fontVariantNumeric: 'tabular-nums' }}>
              {format.dateTime(entry.at)}
            </Typography>
            <Box sx={{ position: 'relative', display: 'flex', justifyContent: 'center' }}>
              <Box sx={{ width: 9, height: 9, borderRadius: '50%', bgcolor: entry.kind === 'progress' ? 'secondary.main' : 'primary.main', mt: 0.75, zIndex: 1 }} />
              {index < log.length - 1 && <Box sx={{ position: 'absolute', top: 12, bottom: -4, width: 2, bgcolor: 'divider' }} />}
            </Box>
            <Box sx={{ pb: 1.5, minWidth: 0 }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
                <Typography variant="body2" sx={{ fontWeight: 500 }} data-testid="log-title">
                  {t(`log.kinds.${entry.kind}`, { defaultValue: entry.kind })}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {entry.userName ?? t('log.system')}
                </Typography>
              </Stack>
              {describe(t, entry, format.dateTime, departmentName, deadline, i18n.language).map((line, lineIndex) => (
                <Typography key={lineIndex} variant="body2" color="text.secondary" component="div" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {line}
                </Typography>
              ))}
            </Box>
          </Box>
        ))}
      </Box>
    </Section>
  );
}
