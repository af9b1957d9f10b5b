// One select per import field: which of the file's columns holds it, or none.
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../../shared/i18n/resources';
import { fieldLabel } from './files';

const NOT_IMPORTED = '';

export function MappingPanel<F extends string>({
  columns,
  mapping,
  language,
  disabled,
  onChange,
  fields,
}: {
  columns: readonly string[];
  mapping: Partial<Record<F, number>>;
  language: UiLanguage;
  disabled: boolean;
  onChange: (mapping: Partial<Record<F, number>>) => void;
  /** The import's fields in order, the ones that must be mapped, and what is said of one that is not. */
  fields: { fields: readonly F[]; required: readonly F[]; requiredMessage: string };
}) {
  const { t } = useTranslation('import');

  const set = (field: F, value: string) => {
    const next: Partial<Record<F, number>> = { ...mapping };
    if (value === NOT_IMPORTED) delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };

  return (
    <Box
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))' }}
      data-testid="import-mapping"
    >
      {fields.fields.map((field) => {
        const column = mapping[field];
        const required = fields.required.includes(field);
        const missing = required && column === undefined;
        return (
          <TextField
            key={field}
            select
            size="small"
            required={required}
            disabled={disabled}
            label={fieldLabel(field, language)}
            value={column === undefined ? NOT_IMPORTED : String(column)}
            onChange={(event) => set(field, event.target.value)}
            error={missing}
            helperText={missing ? t(fields.requiredMessage) : undefined}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            data-testid={`mapping-${field}`}
          >
            <MenuItem value={NOT_IMPORTED}>
              <Typography color="text.secondary" component="span" variant="body2">
                {t('mapping.notImported')}
              </Typography>
            </MenuItem>
            {columns.map((name, index) => (
              <MenuItem key={index} value={String(index)}>
                {name.trim() === '' ? t('mapping.column', { number: index + 1 }) : name}
              </MenuItem>
            ))}
          </TextField>
        );
      })}
    </Box>
  );
}
