// The lines of a count sheet: the part, its bin and unit, the book quantity when the sheet was made, the balance now,
// what moved since, the count (typed, or shown once posted) and the difference (counted − balance now): red short,
// green over. Enter in a count goes to the next line's count (after the last, back to the scan field).
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../../shared/parts/quantity';
import { countKey, typedDifference, type CountValues, type ShownLine } from './lines';

const quantity = (units: number, language: string) => formatQuantity(Math.round(units * 1000), language);

/** A signed quantity: +2 over, −1 short, 0 as it is. */
export function Difference({ milli, testId }: { milli: number | null; testId?: string }) {
  const { i18n } = useTranslation();
  if (milli === null) return <span data-testid={testId}>—</span>;
  const text = `${milli > 0 ? '+' : milli < 0 ? '−' : ''}${formatQuantity(Math.abs(milli), i18n.language)}`;
  return (
    <Typography
      component="span"
      variant="body2"
      data-testid={testId}
      data-difference={milli}
      sx={{ fontWeight: milli === 0 ? 400 : 600, color: milli < 0 ? 'error.main' : milli > 0 ? 'success.dark' : 'text.primary' }}
    >
      {text}
    </Typography>
  );
}

interface RowProps {
  line: ShownLine;
  /** What is typed in the line's count now. */
  typed: string | undefined;
  error: string | undefined;
  form: UseFormReturn<CountValues>;
  editable: boolean;
  posted: boolean;
  onEnter: (partId: number) => void;
}

// Not memoized: react-hook-form forgets its fields on every reset (after a save, or a sheet read again), and a row
// registers its count again only when it draws.
function Row({ line, typed, error, form, editable, posted, onEnter }: RowProps) {
  const { t, i18n } = useTranslation('stocktakes');
  const name = `counts.${countKey(line.partId)}` as const;
  const { ref, ...field } = form.register(name);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onEnter(line.partId);
  };
  const moved = line.movementsSince > 0;
  return (
    <TableRow hover data-testid={`line-${line.code}`} data-moved={moved ? 'true' : 'false'} sx={moved ? { bgcolor: 'rgba(237, 108, 2, 0.06)' } : undefined}>
      <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
        {line.code}
        {line.added && <Chip size="small" label={t('sheet.added')} sx={{ ml: 0.75, height: 20 }} />}
      </TableCell>
      <TableCell>
        <Typography variant="body2" noWrap title={line.name} sx={{ maxWidth: 240 }}>
          {line.name}
        </Typography>
        {line.spec && (
          <Typography variant="caption" color="text.secondary" noWrap component="div" sx={{ maxWidth: 240 }}>
            {line.spec}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{line.bin || t('noBin')}</TableCell>
      <TableCell>{line.unit}</TableCell>
      <TableCell align="right">{line.pending ? '—' : quantity(line.book, i18n.language)}</TableCell>
      <TableCell align="right" data-testid={`balance-${line.code}`}>
        {quantity(line.balance, i18n.language)}
      </TableCell>
      <TableCell align="right" data-testid={`moved-${line.code}`} sx={{ whiteSpace: 'nowrap' }}>
        {moved ? (
          <Typography component="span" variant="body2" sx={{ color: 'warning.dark', fontWeight: 600 }}>
            {t('sheet.movedSince', { quantity: `${line.movedSince > 0 ? '+' : line.movedSince < 0 ? '−' : ''}${quantity(Math.abs(line.movedSince), i18n.language)}`, count: line.movementsSince })}
          </Typography>
        ) : (
          t('sheet.notMoved')
        )}
      </TableCell>
      <TableCell sx={{ py: 0.5 }}>
        {editable ? (
          <TextField
            {...field}
            inputRef={ref}
            size="small"
            error={!!error}
            helperText={error}
            autoComplete="off"
            sx={{ width: 120 }}
            slotProps={{
              htmlInput: {
                id: `count-${line.partId}`,
                inputMode: 'decimal',
                'aria-label': t('sheet.countLabel', { code: line.code }),
                'data-testid': `count-${line.code}`,
                style: { textAlign: 'right' },
              },
            }}
            onKeyDown={onKeyDown}
          />
        ) : line.counted === null ? (
          '—'
        ) : (
          quantity(line.counted, i18n.language)
        )}
      </TableCell>
      <TableCell align="right">
        {posted ? (
          <Difference milli={line.adjusted === null ? 0 : Math.round(line.adjusted * 1000)} testId={`difference-${line.code}`} />
        ) : (
          <Difference milli={editable ? typedDifference(typed, line.balance) : line.difference === null ? null : Math.round(line.difference * 1000)} testId={`difference-${line.code}`} />
        )}
      </TableCell>
    </TableRow>
  );
}

export function CountTable({
  lines,
  form,
  editable,
  posted,
  onEnter,
}: {
  lines: readonly ShownLine[];
  form: UseFormReturn<CountValues>;
  editable: boolean;
  posted: boolean;
  onEnter: (partId: number) => void;
}) {
  const { t } = useTranslation('stocktakes');
  const errors = form.formState.errors.counts;
  // Watched here, each row given its own: the table draws again as a count is typed.
  const counts = form.watch('counts');
  const column = (key: string, align?: 'right') => (
    <TableCell align={align} sx={{ whiteSpace: 'nowrap' }}>
      {t(`sheet.columns.${key}`)}
    </TableCell>
  );
  return (
    <TableContainer component={Paper} variant="outlined" data-testid="stocktake-lines">
      <Table size="small" sx={{ '& th, & td': { px: 1.25 } }}>
        <TableHead>
          <TableRow>
            {column('code')}
            {column('name')}
            {column('bin')}
            {column('unit')}
            {column('book', 'right')}
            {column('balance', 'right')}
            {column('movedSince', 'right')}
            {column('counted')}
            {column(posted ? 'adjusted' : 'difference', 'right')}
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <Row key={line.partId} line={line} typed={counts?.[countKey(line.partId)]} error={errors?.[countKey(line.partId)]?.message} form={form} editable={editable} posted={posted} onEnter={onEnter} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
