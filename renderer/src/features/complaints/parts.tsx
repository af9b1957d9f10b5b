// Small pieces the complaint screens share: the state as a chip, a unit's name in the user's language, the route in
// words, the deadline of the routed work (due, met or late with its breach class), and what a step's details say.
import Box from '@mui/material/Box';
import Chip, { type ChipProps } from '@mui/material/Chip';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ComplaintDeadline, ComplaintUnit } from '../../../../shared/api/complaints';
import type { ComplaintRoute, ComplaintState } from '../../../../shared/complaints/route';
import { useApiQuery } from '../../lib/queries';
import { departmentName } from '../departments';
import { EstimateMark, useCalendarEstimate, useDeadlineFormat } from '../../components/Deadline';
import { BreachChip } from '../../components/BreachChip';

const STATE_COLOR: Record<ComplaintState, ChipProps['color']> = {
  filled: 'warning',
  returned: 'error',
  reviewed: 'warning',
  routed_internal: 'info',
  answered_internal: 'warning',
  routed_transfer: 'warning',
  signed_transfer: 'info',
  sent: 'info',
  opinion_received: 'info',
  ready_for_reply: 'primary',
  reply_assigned: 'primary',
  replied: 'success',
  filed: 'default',
};

export function ComplaintStateChip({ state, size = 'small' }: { state: ComplaintState; size?: ChipProps['size'] }) {
  const { t } = useTranslation('complaints');
  return (
    <Chip
      size={size}
      color={STATE_COLOR[state]}
      variant={state === 'filed' ? 'filled' : 'outlined'}
      label={t(`states.${state}`)}
      data-testid="complaint-state"
    />
  );
}

export function unitName(unit: Pick<ComplaintUnit, 'name' | 'nameEn'> | null, language: string): string {
  return unit ? departmentName(unit, language) : '';
}

/** The route and the unit in one phrase: "转上级单位 · 省分公司客服处". */
export function routeText(t: TFunction, route: ComplaintRoute | null, unit: ComplaintUnit | null, language: string): string {
  if (route === null) return '';
  return [t(`complaints:routes.${route}`), unitName(unit, language)].filter(Boolean).join(' · ');
}

/** Names of units and colleagues by id, for the ids a step's details carry. */
export function useNamesById(): { unit: (id: number) => string | null; colleague: (id: number) => string | null } {
  const { i18n } = useTranslation();
  const departments = useApiQuery('departments.list', { includeInactive: true }, { staleTime: 60_000 });
  const directory = useApiQuery('users.directory', {}, { staleTime: 60_000 });
  return {
    unit: (id) => {
      const found = departments.data?.items.find((d) => d.id === id);
      return found ? departmentName(found, i18n.language) : null;
    },
    colleague: (id) => directory.data?.items.find((c) => c.id === id)?.displayName ?? null,
  };
}

/** The deadline of the routed work: when it is due, and whether it was met, is open, or is late (with the breach). */
export function DeadlineStatus({ deadline, testId }: { deadline: ComplaintDeadline | null; testId?: string }) {
  const { t } = useTranslation('complaints');
  const format = useDeadlineFormat();
  const estimate = useCalendarEstimate();
  if (deadline === null) return <>{t('deadline.none')}</>;
  const status = deadline.doneAt !== null ? (deadline.late ? 'doneLate' : 'met') : deadline.late ? 'overdue' : 'open';
  const color = status === 'met' ? 'success' : status === 'open' ? 'default' : 'error';
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }} data-testid={testId}>
      <Box component="span" sx={{ color: status === 'overdue' ? 'error.main' : undefined, fontWeight: status === 'overdue' ? 600 : undefined }}>
        {format(deadline.dueAt)}
      </Box>
      <EstimateMark year={estimate.deadline(deadline.dueAt)} />
      <Chip size="small" variant={status === 'open' ? 'outlined' : 'filled'} color={color} label={t(`deadline.${status}`)} data-testid={`deadline-${status}`} />
      {deadline.breach !== 'none' && <BreachChip breach={deadline.breach} />}
    </Box>
  );
}

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const CORRECTED_FIELD: Record<string, string> = { complainant: 'complainant', contact_phone: 'contactPhone', content: 'content' };

/**
 * What a step's details say, line by line, in the user's words: the service log, the customer's archive and the
 * form's own history all show a step with these lines. Ids become names when the caller can name them.
 */
export function complaintDetailLines(
  t: TFunction,
  details: Record<string, unknown>,
  names: {
    dateTime: (ms: number) => string;
    /** A deadline ("24:00 of the last working day"); the plain time when not given. */
    deadline?: (ms: number) => string;
    unit?: (id: number) => string | null;
    colleague?: (id: number) => string | null;
  },
): string[] {
  const d = details;
  const lines: string[] = [];
  const add = (key: string, value: string) => value !== '' && lines.push(t(`complaints:details.${key}`, { value }));
  add('content', str(d.content));
  add('note', str(d.note));
  if (Array.isArray(d.corrected) && d.corrected.length > 0) {
    add('corrected', d.corrected.map((field) => t(`complaints:fields.${CORRECTED_FIELD[str(field)] ?? 'content'}`)).join(t('common:listSeparator')));
  }
  if (typeof d.route === 'string') add('route', t(`complaints:routes.${d.route}`, { defaultValue: d.route }));
  if (typeof d.departmentId === 'number' && names.unit) add('unit', names.unit(d.departmentId) ?? `#${d.departmentId}`);
  if (typeof d.dueAt === 'number') add('dueAt', (names.deadline ?? names.dateTime)(d.dueAt));
  add('result', str(d.result));
  if (d.drawn === true) lines.push(t('complaints:details.drawn'));
  add('opinion', str(d.opinion));
  add('opinionBy', str(d.opinionBy));
  if (typeof d.cameBackAt === 'number') add('cameBackAt', names.dateTime(d.cameBackAt));
  if (typeof d.agentId === 'number' && names.colleague) add('agent', names.colleague(d.agentId) ?? `#${d.agentId}`);
  add('reply', str(d.reply));
  add('reason', str(d.reason));
  return lines;
}
