// Before a new customer is saved: the existing customers with the same phone number or a similar name, and why.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../shared/api';
import { phoneText } from '../../lib/phone';

export function DuplicatesPanel({ items, onOpen }: { items: DuplicateCandidate[]; onOpen: (item: DuplicateCandidate) => void }) {
  const { t } = useTranslation('customers');
  return (
    <Alert severity="warning" data-testid="duplicates-warning" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <AlertTitle>{t('duplicates.title', { count: items.length })}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('duplicates.help')}
      </Typography>
      <Stack spacing={0.75}>
        {items.map((item) => (
          <Stack
            key={item.id}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', bgcolor: 'rgba(255,255,255,0.6)', borderRadius: 1, px: 1, py: 0.5 }}
            data-testid={`duplicate-${item.code}`}
          >
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }} noWrap>
                {item.name}{' '}
                <Typography component="span" variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                  {item.code}
                </Typography>
              </Typography>
              <Typography variant="caption" color="text.secondary" noWrap component="div">
                {[item.primaryContact, item.primaryPhone && phoneText(t, item.primaryPhone, item.primaryExtension), item.region].filter((part) => part).join(t('search.separator'))}
              </Typography>
            </Box>
            {item.reasons.map((reason) => (
              <Chip key={reason} size="small" color="warning" variant="outlined" label={t(`duplicates.reasons.${reason}`)} />
            ))}
            <Button size="small" onClick={() => onOpen(item)} data-testid={`duplicate-open-${item.code}`}>
              {t('duplicates.open')}
            </Button>
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
