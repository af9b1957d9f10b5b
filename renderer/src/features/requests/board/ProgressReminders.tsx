// On the home screen: the signed-in user's complex requests whose customer is still owed today's progress message.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { api, mayCall } from '../../../../../shared/api';
import { useCurrentUser } from '../../../app/session';
import { useApiQuery } from '../../../lib/queries';

export function ProgressReminders() {
  const { t } = useTranslation('requests');
  const me = useCurrentUser();
  const allowed = mayCall(api['requests.reminders'].access, me.roles);
  const reminders = useApiQuery('requests.reminders', {}, { enabled: allowed, refetchInterval: 300_000 });
  const items = reminders.data?.progressOwed ?? [];
  if (!allowed || items.length === 0) return null;
  return (
    <Alert severity="warning" data-testid="home-progress-owed">
      <AlertTitle>{t('reminders.title', { count: items.length })}</AlertTitle>
      <Stack spacing={0.25}>
        {items.map((item) => (
          <Typography key={item.id} variant="body2" data-testid={`reminder-${item.number}`}>
            <Link component={RouterLink} to={`/requests/${item.id}`} sx={{ fontFamily: 'monospace', mr: 1 }}>
              {item.number}
            </Link>
            {item.subject}
            {item.customerName && (
              <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                {item.customerName}
              </Typography>
            )}
          </Typography>
        ))}
      </Stack>
    </Alert>
  );
}
