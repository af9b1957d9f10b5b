// The technicians of a work order (维修人员): one or more, from the active colleagues who are technicians.
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Colleague } from '../../../../shared/api/users';
import { useApiQuery } from '../../lib/queries';

export function useTechnicians(): Colleague[] {
  return useApiQuery('users.directory', { role: 'technician' }, { staleTime: 60_000 }).data?.items ?? [];
}

export function TechniciansField({
  value,
  onChange,
  error,
  helperText,
  testId,
  label,
  multiple = true,
}: {
  value: number[];
  onChange: (ids: number[]) => void;
  error?: boolean;
  helperText?: string;
  testId: string;
  label?: string;
  multiple?: boolean;
}) {
  const { t } = useTranslation('workOrders');
  const technicians = useTechnicians();
  const byId = new Map(technicians.map((person) => [person.id, person]));
  // A technician no longer active still shows by number until the directory says who it was.
  const chosen = value.map((id) => byId.get(id) ?? ({ id, displayName: `#${id}`, roles: [], departmentId: null } as Colleague));
  return (
    <Autocomplete<Colleague, boolean>
      multiple={multiple}
      options={technicians}
      value={multiple ? chosen : (chosen[0] ?? null)}
      onChange={(_event, next) => onChange(next === null ? [] : Array.isArray(next) ? next.map((person) => person.id) : [(next as Colleague).id])}
      getOptionLabel={(person) => person.displayName}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={({ key, ...props }, person) => (
        <li key={key} {...props} data-testid={`${testId}-option-${person.id}`}>
          {person.displayName}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label ?? t('fields.technicians')}
          required
          error={error}
          helperText={helperText}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }}
        />
      )}
    />
  );
}
