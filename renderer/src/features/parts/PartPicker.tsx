// Wherever a part is asked for: a box that finds parts by code, name (a character or two, pinyin, initials), spec or bin
// while the clerk types, and picks the part whose code a USB barcode scanner typed (the code, then Enter) at once.
// Each option shows the stock; a discontinued part says so.
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartSummary } from '../../../../shared/api/parts';
import { formatQuantity } from '../../../../shared/parts/quantity';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/queries';
import { useDebounced } from '../../lib/useDebounced';

/** A quantity of a part's unit as the screens show it: `1,250 个`, `12.5 米`. */
export function quantityText(units: number, unit: string, language: string): string {
  return `${formatQuantity(Math.round(units * 1000), language)} ${unit}`;
}

const partLabel = (part: PartSummary) => `${part.code} ${part.name}`;

export function PartPicker({
  value,
  onChange,
  label,
  testId,
  error,
  helperText,
  autoFocus = false,
  disabled = false,
  includeDiscontinued = true,
}: {
  value: PartSummary | null;
  onChange: (part: PartSummary | null) => void;
  label?: string;
  testId: string;
  error?: boolean;
  helperText?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  includeDiscontinued?: boolean;
}) {
  const { t, i18n } = useTranslation('parts');
  const [typed, setTyped] = useState('');
  const [scanProblem, setScanProblem] = useState<string | null>(null);
  // The chosen part's own text in the box is not a search.
  const query = useDebounced(value && typed === partLabel(value) ? '' : typed.trim(), 120);
  const found = useApiQuery('parts.search', { query, limit: 15, includeDiscontinued }, { enabled: query !== '', placeholderData: (previous) => previous });
  const options = query === '' ? [] : (found.data?.items ?? []);

  // A scanner types the code and Enter faster than the search answers: Enter on a typed code picks its part itself.
  const onKeyDown = async (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || typed.trim() === '' || (value && typed === partLabel(value))) return;
    // An option chosen with the arrow keys is the user's pick: the Autocomplete selects it.
    if ((event.target as HTMLElement).getAttribute('aria-activedescendant')) return;
    event.preventDefault();
    (event as unknown as { defaultMuiPrevented?: boolean }).defaultMuiPrevented = true;
    // The search answered already: its option of exactly this code is the part (no option is highlighted by itself).
    const exact = options.find((part) => part.code.toUpperCase() === typed.trim().toUpperCase());
    if (exact) {
      setScanProblem(null);
      onChange(exact);
      setTyped('');
      return;
    }
    const code = typed.trim();
    try {
      const { part } = await call('parts.byCode', { code });
      if (part) {
        setScanProblem(null);
        onChange(part);
        setTyped('');
      } else if (options.length === 0) {
        setScanProblem(t('picker.noSuchCode', { code }));
      }
    } catch {
      setScanProblem(t('picker.noSuchCode', { code }));
    }
  };

  return (
    <Autocomplete<PartSummary>
      value={value}
      onChange={(_event, part) => {
        setScanProblem(null);
        onChange(part);
      }}
      inputValue={typed}
      // The box shows what is typed, and the chosen part once picked (set from outside too: a form's saved lines).
      onInputChange={(_event, text) => setTyped(text)}
      options={options}
      filterOptions={(items) => items}
      getOptionLabel={partLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={found.isFetching}
      disabled={disabled}
      noOptionsText={query === '' ? t('picker.typeToFind') : t('picker.nothingFound')}
      loadingText={t('picker.searching')}
      renderOption={({ key, ...props }, part) => (
        <Box component="li" key={key} {...props} data-testid={`${testId}-option-${part.code}`}>
          <Box sx={{ display: 'flex', flexDirection: 'column', minWidth: 0, width: '100%' }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
              <Typography variant="body2" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                {part.code}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 500 }} noWrap>
                {part.name}
              </Typography>
              {part.status === 'discontinued' && <Chip size="small" color="warning" label={t('status.discontinued')} />}
            </Box>
            <Typography variant="caption" color={part.onHand > 0 ? 'text.secondary' : 'error'} noWrap>
              {[part.spec, part.bin && t('picker.bin', { bin: part.bin }), t('picker.stock', { quantity: quantityText(part.onHand, part.unit, i18n.language) })]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label ?? t('picker.label')}
          autoFocus={autoFocus}
          error={error || scanProblem !== null}
          helperText={scanProblem ?? helperText ?? t('picker.hint')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }}
          onKeyDown={(event) => void onKeyDown(event)}
        />
      )}
    />
  );
}
