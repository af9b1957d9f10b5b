// Above a call form opened on a draft kept from before (a call typed in part and left unsaved): says so, how old it is
// and when that call was received, and offers a clean form for the caller now on the line.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { formatAgo } from '../../../lib/durations';
import { useFormat } from '../../../lib/format';
import { useNow } from '../useNow';

export function KeptDraftNotice({ openedAt, onNewCall }: { openedAt: number; onNewCall: () => void }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const now = useNow(15_000);
  return (
    <Alert
      severity="warning"
      data-testid="call-draft-notice"
      action={
        <Button color="inherit" size="small" onClick={onNewCall} data-testid="call-draft-new" sx={{ whiteSpace: 'nowrap' }}>
          {t('call.draftNewCall')}
        </Button>
      }
    >
      {t('call.draftKeptNotice', { ago: formatAgo(t, Math.max(0, now - openedAt)), time: format.dateTime(openedAt) })}
    </Alert>
  );
}
