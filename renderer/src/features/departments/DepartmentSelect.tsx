// Picking a department: the company's active departments (not the higher-level office), where questions,
// suggestions and complaints go.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { isWorkingDepartment } from '../../../../shared/api/departments';
import { useApiQuery } from '../../lib/queries';
import { departmentName } from './names';

/** The company's active departments (not the higher-level office): where questions and suggestions go. */
export function useAddressableDepartments() {
  const { i18n } = useTranslation();
  const departments = useApiQuery('departments.list', {}, { staleTime: 60_000 });
  return (departments.data?.items ?? [])
    .filter(isWorkingDepartment)
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
