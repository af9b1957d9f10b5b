// Small pieces the difficult-question and suggestion screens share: the department picker, a deadline that turns
// red when late, and a labelled value.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { departmentName } from '../departments/names';

/** The company's active departments (not the higher-level office): where questions and suggestions go. */
export function useAddressableDepartments() {
  const { i18n } = useTranslation();
  const departments = useApiQuery('departments.list', {}, { staleTime: 60_000 });
  return (departments.data?.items ?? [])
    .filter((d) => d.kind === 'department' && d.active)
    .map((d) => ({ id: d.id, label: departmentName(d, i18n.language) }));
}

export function DepartmentSelect({
  label,
  value,
  onChange,
  anyLabel,
  error,
  testId,
  width,
}: {
  label: string;
  value: number | '';
  onChange: (id: number | '') => void;
  /** Offers "any" (for a filter) when given. */
  anyLabel?: string;
  error?: string;
  testId: string;
  width?: number;
}) {
  const departments = useAddressableDepartments();
  return (
    <TextField
      select
      label={label}
      value={departments.some((d) => d.id === value) ? value : ''}
      onChange={(event) => onChange(event.target.value === '' ? '' : Number(event.target.value))}
      error={!!error}
      helperText={error}
      sx={width ? { width } : undefined}
      fullWidth={width === undefined}
      slotProps={{ select: { displayEmpty: anyLabel !== undefined }, inputLabel: { shrink: true } }}
      data-testid={testId}
    >
      {anyLabel !== undefined && <MenuItem value="">{anyLabel}</MenuItem>}
      {departments.map((d) => (
        <MenuItem key={d.id} value={d.id} data-testid={`${testId}-${d.id}`}>
          {d.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/**
 * A deadline as people say it: "within N working days" ends at midnight, which reads better as 24:00 of the last
 * working day than as 00:00 of the next one.
 */
export function useDeadlineFormat(): (ms: number) => string {
  const { t } = useTranslation('questions');
  const format = useFormat();
  return (ms) => {
    const text = format.dateTime(ms);
    return /00:00$/.test(text) ? t('endOfDay', { date: format.date(ms - 1) }) : text;
  };
}

/** A deadline: the time, and "late" in red once it has passed while the answer is still owed. */
export function DueText({ dueAt, overdue, testId }: { dueAt: number | null; overdue: boolean; testId?: string }) {
  const { t } = useTranslation('questions');
  const deadline = useDeadlineFormat();
  if (dueAt === null) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, color: overdue ? 'error.main' : undefined, fontWeight: overdue ? 600 : undefined }} data-testid={testId}>
      {deadline(dueAt)}
      {overdue && <Chip size="small" color="error" label={t('overdue')} data-testid="overdue-chip" />}
    </Box>
  );
}

export function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Box data-testid={testId}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
}

/** Who called about a record (a difficult question, a suggestion): the caller, the customer and the call, linked. */
export interface CallerOfRecord {
  callerName: string;
  callerPhone: string;
  customerId: number | null;
  customerName: string | null;
  customerCode: string | null;
  requestId: number | null;
  requestNumber: string | null;
}

export function CallerFields({ record }: { record: CallerOfRecord }) {
  const { t } = useTranslation('questions');
  return (
    <>
      <Field label={t('fields.caller')}>{[record.callerName, record.callerPhone].filter(Boolean).join(' · ') || t('none')}</Field>
      <Field label={t('fields.customer')}>
        {record.customerId !== null ? (
          <Link component={RouterLink} to={`/customers/${record.customerId}`}>
            {record.customerName} · {record.customerCode}
          </Link>
        ) : (
          t('none')
        )}
      </Field>
      {record.requestId !== null && (
        <Field label={t('fields.request')}>
          <Link component={RouterLink} to={`/requests/${record.requestId}`}>
            {record.requestNumber}
          </Link>
        </Field>
      )}
    </>
  );
}
