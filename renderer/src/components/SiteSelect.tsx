// Choosing one of a customer's installation sites (or none, said in the form's own words), inside a react-hook-form
// Controller: the site's id as a string, '' for none.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ControllerRenderProps, FieldPath, FieldValues } from 'react-hook-form';
import type { Site } from '../../../shared/api';

export function SiteSelect<Values extends FieldValues, Name extends FieldPath<Values>>({
  field,
  label,
  noneLabel,
  sites,
  error,
  testId,
}: {
  field: ControllerRenderProps<Values, Name>;
  label: string;
  /** What choosing no site means here ("the whole customer", "no site"). */
  noneLabel: string;
  sites: ReadonlyArray<Pick<Site, 'id' | 'name'>>;
  error?: string;
  testId: string;
}) {
  return (
    <TextField
      select
      label={label}
      {...field}
      error={!!error}
      helperText={error}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      data-testid={testId}
    >
      <MenuItem value="">
        <Typography component="span" color="text.secondary">
          {noneLabel}
        </Typography>
      </MenuItem>
      {sites.map((site) => (
        <MenuItem key={site.id} value={String(site.id)}>
          {site.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
