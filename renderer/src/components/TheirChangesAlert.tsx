// After a conflict, once the latest version is loaded: what the other person changed, field by field, beside what this
// user typed over the same field (kept). The form already holds the latest version with the user's changes on top.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TheirChange } from '../lib/mergeOnLatest';

/** How a form names its fields and words their values (a kind's label instead of its code); the path when it has none. */
export interface FieldWords {
  labels: Partial<Record<string, string>>;
  show?: (field: string, value: unknown) => string | undefined;
}

function shown(t: TFunction, value: unknown): string {
  if (value === undefined || value === null || value === '') return t('theirChanges.empty');
  if (typeof value === 'boolean') return t(value ? 'theirChanges.yes' : 'theirChanges.no');
  if (Array.isArray(value)) return value.map((item) => shown(t, item)).filter((text) => text !== t('theirChanges.empty')).join('; ') || t('theirChanges.empty');
  if (typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>)
      .filter((part) => typeof part !== 'number' && part !== '' && part !== undefined && part !== null)
      .map((part) => shown(t, part));
    return parts.join(' ') || t('theirChanges.empty');
  }
  return String(value);
}

export function TheirChangesAlert({ changes, words }: { changes: readonly TheirChange[]; words: FieldWords }) {
  const { t } = useTranslation('forms');
  if (changes.length === 0) return null;
  const valueText = (field: string, value: unknown) => words.show?.(field, value) ?? shown(t, value);
  const anyMine = changes.some((change) => 'mine' in change);
  return (
    <Alert severity="info" data-testid="their-changes">
      <AlertTitle>{t('theirChanges.title')}</AlertTitle>
      {t('theirChanges.text')}
      <Table size="small" sx={{ mt: 1, '& td, & th': { px: 1, verticalAlign: 'top', overflowWrap: 'anywhere' } }}>
        <TableHead>
          <TableRow>
            <TableCell component="th">{t('theirChanges.field')}</TableCell>
            <TableCell component="th">{t('theirChanges.before')}</TableCell>
            <TableCell component="th">{t('theirChanges.theirs')}</TableCell>
            {anyMine && <TableCell component="th">{t('theirChanges.mine')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {changes.map((change) => (
            <TableRow key={change.field} data-testid={`their-change-${change.field}`}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{words.labels[change.field] ?? change.field}</TableCell>
              <TableCell>{valueText(change.field, change.before)}</TableCell>
              <TableCell>{valueText(change.field, change.theirs)}</TableCell>
              {anyMine && <TableCell>{'mine' in change ? valueText(change.field, change.mine) : ''}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Alert>
  );
}
