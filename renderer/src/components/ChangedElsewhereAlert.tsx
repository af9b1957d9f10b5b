// Above a form whose record another desk saved meanwhile: who changed it and when, and that this user's save will be
// checked against it (the version check decides; what was typed stays on the form). Loading the latest version now is
// offered as after a conflict: the user's own changes stay on top of it.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { ChangedElsewhere } from '../lib/changedElsewhere';
import { useFormat } from '../lib/format';

export function ChangedElsewhereAlert({ change, onLoadLatest }: { change: ChangedElsewhere | null; onLoadLatest?: (() => Promise<void>) | undefined }) {
  const { t } = useTranslation(['forms', 'common']);
  const format = useFormat();
  if (!change) return null;
  const words = { record: t(`changedElsewhere.record.${change.kind}`), time: format.time(change.at) };
  return (
    // A status, not an alarm: read out when it appears, without interrupting what is being typed.
    <Alert
      severity="warning"
      role="status"
      aria-live="polite"
      data-testid="changed-elsewhere"
      action={
        onLoadLatest && (
          <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => void onLoadLatest()} data-testid="changed-elsewhere-load">
            {t('common:actions.loadLatest')}
          </Button>
        )
      }
    >
      {change.byName === null ? t('changedElsewhere.textBySystem', words) : t('changedElsewhere.text', { ...words, name: change.byName })}
    </Alert>
  );
}
