// One select per import field: which of the file's columns holds it, or none.
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../shared/api/import';
import type { UiLanguage } from '../../../../shared/i18n/resources';
import { fieldLabel } from './files';

const NOT_IMPORTED = '';

export function MappingPanel({
  columns,
  mapping,
  language,
  disabled,
  onChange,
}: {
  columns: readonly string[];
  mapping: ImportMapping;
  language: UiLanguage;
  disabled: boolean;
  onChange: (mapping: ImportMapping) => void;
}) {
  const { t } = useTranslation('import');
  const nameMissing = mapping['customer.name'] === undefined;

  const set = (field: ImportField, value: string) => {
    const next: ImportMapping = { ...mapping };
    if (value === NOT_IMPORTED) delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };

  return (
    <Box
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))' }}
      data-testid="import-mapping"
    >
      {IMPORT_FIELDS.map((field) => {
        const column = mapping[field];
        const required = field === 'customer.name';
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
            error={required && nameMissing}
            helperText={required && nameMissing ? t('mapping.nameRequired') : undefined}
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
