// A list's filter: one of a few values, or any (the empty value) when anyLabel is given.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

/** The value of "any": no filter. */
export const ANY = '';

export function FilterSelect<T extends string>({
  label,
  value,
  onChange,
  options,
  testId,
  width = 150,
  anyLabel,
}: {
  label: string;
  value: T | typeof ANY;
  onChange: (value: T | typeof ANY) => void;
  options: Array<{ value: T; label: string }>;
  testId: string;
  width?: number;
  anyLabel?: string;
}) {
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as T)}
      sx={{ width }}
      fullWidth={false}
      slotProps={{ select: { displayEmpty: anyLabel !== undefined }, inputLabel: { shrink: true } }}
      data-testid={testId}
    >
      {anyLabel !== undefined && <MenuItem value={ANY}>{anyLabel}</MenuItem>}
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
