// After a call is saved: the new request's number, a link to it, and the way to the next call.
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ServiceRequest } from '../../../../../shared/api/requests';
import { StateChip } from '../chips';
import { FollowUpButtons } from '../page/FollowUpButtons';

export function CallSaved({ request, onNext, onClose }: { request: ServiceRequest; onNext: () => void; onClose: () => void }) {
  const { t } = useTranslation(['requests', 'common']);
  return (
    <>
      <DialogContent dividers>
        <Stack spacing={1.5} sx={{ alignItems: 'center', py: 4 }} data-testid="call-saved">
          <CheckCircleOutlined color="success" sx={{ fontSize: 48 }} />
          <Typography variant="h2">{t(request.state === 'closed' ? 'call.savedClosed' : 'call.saved')}</Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Link component={RouterLink} to={`/requests/${request.id}`} onClick={onClose} variant="h3" sx={{ fontFamily: 'monospace' }} data-testid="call-saved-number">
              {request.number}
            </Link>
            <StateChip state={request.state} />
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {request.subject}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <FollowUpButtons request={request} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>{t('common:actions.close')}</Button>
        <Button component={RouterLink} to={`/requests/${request.id}`} onClick={onClose} data-testid="call-saved-open">
          {t('call.openRequest')}
        </Button>
        <Button variant="contained" onClick={onNext} autoFocus data-testid="call-next">
          {t('call.nextCall')}
        </Button>
      </DialogActions>
    </>
  );
}
