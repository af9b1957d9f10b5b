// Customers of the file that have the name of one on file but nothing else showing they are the same: for each, the
// user chooses a new customer, adding its rows to the customer on file, or leaving its rows out. Nothing is merged
// silently; the figures above say what the choices will do.
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ImportDecision, ImportDuplicate, ImportPreview } from '../../../../shared/api/import';

/** The user's choice for each possible duplicate, and for those without one of their own (the "all" buttons). */
export interface Decisions {
  each: Readonly<Record<string, ImportDecision>>;
  others: 'new' | 'skip' | null;
}

export const NO_DECISIONS: Decisions = { each: {}, others: null };

/** What the import will do with the preview's rows under these decisions. */
export function decidedCounts(preview: ImportPreview, decisions: Decisions) {
  let customersToCreate = preview.customersToCreate;
  const addedTo = new Set<number>();
  let equipmentToCreate = preview.equipmentToCreate;
  const unlisted = preview.possibleDuplicateCount - preview.possibleDuplicates.length;
  const unlistedEquipment = preview.possibleDuplicateEquipment - preview.possibleDuplicates.reduce((sum, d) => sum + d.equipment, 0);
  let undecided = decisions.others === null ? unlisted : 0;
  if (decisions.others === 'new') {
    customersToCreate += unlisted;
    equipmentToCreate += unlistedEquipment;
  }
  for (const duplicate of preview.possibleDuplicates) {
    const decision = decisions.each[duplicate.key] ?? decisions.others ?? undefined;
    if (decision === undefined) undecided += 1;
    else if (decision === 'new') customersToCreate += 1;
    else if (typeof decision === 'object') addedTo.add(decision.addTo);
    if (decision !== undefined && decision !== 'skip') equipmentToCreate += duplicate.equipment;
  }
  return { customersToCreate, customersToAddTo: preview.customersToAddTo + addedTo.size, equipmentToCreate, undecided };
}

const encode = (decision: ImportDecision | undefined): string =>
  decision === undefined ? '' : typeof decision === 'object' ? `add:${decision.addTo}` : decision;

const decode = (value: string): ImportDecision | undefined =>
  value === 'new' || value === 'skip' ? value : value.startsWith('add:') ? { addTo: Number(value.slice(4)) } : undefined;

function DuplicateRow({
  duplicate,
  decision,
  disabled,
  onChange,
}: {
  duplicate: ImportDuplicate;
  decision: ImportDecision | undefined;
  disabled: boolean;
  onChange: (decision: ImportDecision | undefined) => void;
}) {
  const { t } = useTranslation('import');
  const rows = duplicate.rows.join(t('duplicates.listSeparator')) + (duplicate.rowCount > duplicate.rows.length ? t('duplicates.moreRows') : '');
  return (
    <TableRow data-testid={`duplicate-${duplicate.key}`}>
      <TableCell sx={{ verticalAlign: 'top' }}>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {duplicate.name}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {[duplicate.region, duplicate.phones.join(t('duplicates.listSeparator'))].filter(Boolean).join(' · ')}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {t('duplicates.rows', { rows, count: duplicate.rowCount })}
        </Typography>
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top' }}>
        {duplicate.candidates.map((candidate) => (
          <Typography key={candidate.id} variant="body2" component="div">
            <span style={{ fontFamily: 'monospace' }}>{candidate.code}</span> {candidate.name}
            <Typography variant="caption" color="text.secondary" component="span">
              {' '}
              {[candidate.region, candidate.phones.join(t('duplicates.listSeparator'))].filter(Boolean).join(' · ')}
            </Typography>
          </Typography>
        ))}
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top', width: 300 }}>
        <TextField
          select
          size="small"
          fullWidth
          disabled={disabled}
          label={t('duplicates.decision')}
          value={encode(decision)}
          error={decision === undefined}
          onChange={(event) => onChange(decode(event.target.value))}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          data-testid={`decision-${duplicate.key}`}
        >
          <MenuItem value="" disabled>
            {t('duplicates.choose')}
          </MenuItem>
          <MenuItem value="new">{t('duplicates.new')}</MenuItem>
          {duplicate.candidates.map((candidate) => (
            <MenuItem key={candidate.id} value={`add:${candidate.id}`}>
              {t('duplicates.addTo', { code: candidate.code, name: candidate.name })}
            </MenuItem>
          ))}
          <MenuItem value="skip">{t('duplicates.skip')}</MenuItem>
        </TextField>
      </TableCell>
    </TableRow>
  );
}

export function DuplicatesPanel({
  preview,
  decisions,
  disabled,
  onChange,
}: {
  preview: ImportPreview;
  decisions: Decisions;
  disabled: boolean;
  onChange: (decisions: Decisions) => void;
}) {
  const { t } = useTranslation('import');
  const setAll = (decision: 'new' | 'skip') => onChange({ each: {}, others: decision });
  const setOne = (key: string, decision: ImportDecision | undefined) => {
    const each = { ...decisions.each };
    if (decision === undefined) delete each[key];
    else each[key] = decision;
    onChange({ ...decisions, each });
  };
  return (
    <>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 1, alignItems: { md: 'center' }, justifyContent: 'space-between' }}>
        <Typography variant="body2" color="text.secondary">
          {t('duplicates.help')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          <Button size="small" variant="outlined" disabled={disabled} onClick={() => setAll('new')} data-testid="duplicates-all-new">
            {t('duplicates.allNew')}
          </Button>
          <Button size="small" variant="outlined" disabled={disabled} onClick={() => setAll('skip')} data-testid="duplicates-all-skip">
            {t('duplicates.allSkip')}
          </Button>
        </Stack>
      </Stack>
      <Table size="small" data-testid="import-duplicates-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('duplicates.inFile')}</TableCell>
            <TableCell>{t('duplicates.onFile')}</TableCell>
            <TableCell>{t('duplicates.decision')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.possibleDuplicates.map((duplicate) => (
            <DuplicateRow
              key={duplicate.key}
              duplicate={duplicate}
              decision={decisions.each[duplicate.key] ?? decisions.others ?? undefined}
              disabled={disabled}
              onChange={(decision) => setOne(duplicate.key, decision)}
            />
          ))}
        </TableBody>
      </Table>
      {preview.possibleDuplicateCount > preview.possibleDuplicates.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('duplicates.moreNotListed', { count: preview.possibleDuplicateCount - preview.possibleDuplicates.length })}
        </Typography>
      )}
    </>
  );
}
