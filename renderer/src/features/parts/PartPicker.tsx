// Wherever a part is asked for: a box that finds parts by code, name (a character or two, pinyin, initials), spec or bin
// while the clerk types, and picks the part whose code a USB barcode scanner typed (the code, then Enter) at once.
// Each option shows the stock; a discontinued part says so, and once picked its substitutes (替代备品) show below the
// box with their stock, each one click from taking its place.
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
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

const labelOf = (part: PartSummary): string => `${part.code} ${part.name}`;

/** A quantity of a part's unit as the screens show it: `1,250 个`, `12.5 米`. */
export function quantityText(units: number, unit: string, language: string): string {
  return `${formatQuantity(Math.round(units * 1000), language)} ${unit}`;
}

/** Below the box, when the part picked is discontinued (停产): its substitutes with their stock, to take instead. */
function SubstitutesOffer({ part, testId, onPick }: { part: PartSummary; testId: string; onPick: (part: PartSummary) => void }) {
  const { t, i18n } = useTranslation('parts');
  const page = useApiQuery('parts.get', { id: part.id });
  const substitutes = page.data?.part.substitutes ?? [];
  if (!page.data) return null;
  return (
    <Alert severity="warning" sx={{ mt: 1, py: 0.5 }} data-testid={`${testId}-discontinued`}>
      <Typography variant="body2">
        {substitutes.length === 0 ? t('picker.discontinuedNone', { part: `${part.code} ${part.name}` }) : t('picker.discontinued', { part: `${part.code} ${part.name}` })}
      </Typography>
      {substitutes.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 0.75 }}>
          {substitutes.map((substitute) => (
            <Button
              key={substitute.id}
              size="small"
              variant="outlined"
              color="inherit"
              startIcon={<SwapHorizOutlined />}
              onClick={() => onPick(substitute)}
              sx={{ textTransform: 'none' }}
              data-testid={`${testId}-substitute-${substitute.code}`}
            >
              {t('picker.useSubstitute', {
                part: `${substitute.code} ${substitute.name}`,
                stock: quantityText(substitute.onHand, substitute.unit, i18n.language),
              })}
            </Button>
          ))}
        </Box>
      )}
    </Alert>
  );
}

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
  const [open, setOpen] = useState(false);
  // The box showing the part picked is not a search.
  const searched = value && typed === labelOf(value) ? '' : typed.trim();
  const query = useDebounced(searched, 120);
  const found = useApiQuery('parts.search', { query, limit: 15, includeDiscontinued }, { enabled: query !== '', placeholderData: (previous) => previous });
  const options = query === '' ? [] : (found.data?.items ?? []);

  // A scanner types the code and Enter faster than the search answers: Enter on a typed code picks its part itself.
  const onKeyDown = async (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || searched === '') return;
    // An option chosen with the arrow keys is the user's pick: the Autocomplete selects it.
    if ((event.target as HTMLElement).getAttribute('aria-activedescendant')) return;
    event.preventDefault();
    (event as unknown as { defaultMuiPrevented?: boolean }).defaultMuiPrevented = true;
    const picked = (part: PartSummary) => {
      setScanProblem(null);
      onChange(part);
      // The box shows the part picked (the Autocomplete does not reset what it shows while it has the focus).
      setTyped(labelOf(part));
      setOpen(false);
    };
    // The search answered already: its option of exactly this code is the part (no option is highlighted by itself).
    const exact = options.find((part) => part.code.toUpperCase() === searched.toUpperCase());
    if (exact) return picked(exact);
    const code = searched;
    try {
      const { part } = await call('parts.byCode', { code });
      if (part) {
        picked(part);
      } else if (options.length === 0) {
        setScanProblem(t('picker.noSuchCode', { code }));
      }
    } catch {
      setScanProblem(t('picker.noSuchCode', { code }));
    }
  };

  return (
    <Box>
      <Autocomplete<PartSummary>
        value={value}
        onChange={(_event, part) => {
          setScanProblem(null);
          onChange(part);
        }}
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        inputValue={typed}
        // A reset shows the value's label: after a pick, and when the value changes from outside (a substitute taken).
        onInputChange={(_event, text) => setTyped(text)}
        options={options}
        filterOptions={(items) => items}
        getOptionLabel={labelOf}
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
      {value?.status === 'discontinued' && (
        <SubstitutesOffer
          part={value}
          testId={testId}
          onPick={(substitute) => {
            setScanProblem(null);
            setTyped(labelOf(substitute));
            onChange(substitute);
          }}
        />
      )}
    </Box>
  );
}
