// While an import runs: a determinate progress bar; then what was created, or that nothing was.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../../shared/api/import';

export function ImportOutcome({
  progress,
  error,
  nothingKey = 'failed.nothing',
}: {
  progress: ImportProgress | null;
  error: string | null;
  /** What a failure leaves as it was: the archive, or the store. */
  nothingKey?: string;
}) {
  const { t, i18n } = useTranslation('import');
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);

  if (error !== null || progress?.state === 'failed') {
    return (
      <Alert severity="error" data-testid="import-failed">
        <AlertTitle>{t('failed.title')}</AlertTitle>
        {error !== null && <Box>{error}</Box>}
        <Box>{t(nothingKey)}</Box>
      </Alert>
    );
  }
  if (!progress) return null;
  if (progress.state === 'running') {
    const percent = progress.totalRows === 0 ? 0 : Math.round((progress.processedRows / progress.totalRows) * 100);
    return (
      <Box data-testid="import-running">
        <LinearProgress variant="determinate" value={percent} sx={{ height: 8, borderRadius: 4 }} aria-label={t('importing')} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="import-progress-text">
          {t('progress', { processed: number(progress.processedRows), total: number(progress.totalRows) })}
        </Typography>
      </Box>
    );
  }
  const { parts, receipts } = progress.created;
  return (
    <Alert severity="success" data-testid="import-done">
      <AlertTitle>{t('done.title')}</AlertTitle>
      {parts !== undefined
        ? t(receipts ? 'done.parts' : 'done.partsNoStock', { parts: number(parts), receipts: number(receipts ?? 0) })
        : t('done.created', {
            customers: number(progress.created.customers),
            contacts: number(progress.created.contacts),
            equipment: number(progress.created.equipment),
          })}
    </Alert>
  );
}
