// The frame of the screens before sign-in: the center's name above one card.
import SupportAgentOutlined from '@mui/icons-material/SupportAgentOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { usePageTitle } from '../../components/PageHeader';

export function AuthLayout({
  title,
  centerName,
  width = 420,
  children,
  testId,
}: {
  title: string;
  centerName?: string;
  width?: number;
  children: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation('common');
  usePageTitle(title);
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', display: 'flex', flexDirection: 'column' }} data-testid={testId}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end', p: 2 }}>
        <LanguageSwitch color="primary" />
      </Stack>
      <Box sx={{ flex: 1, display: 'flex', alignItems: 'flex-start', justifyContent: 'center', pt: { xs: 2, md: 6 }, pb: 6, px: 2 }}>
        <Box sx={{ width: '100%', maxWidth: width }}>
          <Stack spacing={1} sx={{ alignItems: 'center', mb: 3, textAlign: 'center' }}>
            <SupportAgentOutlined color="primary" sx={{ fontSize: 44 }} />
            {centerName ? (
              <>
                <Typography variant="h1" component="p" data-testid="center-name">
                  {centerName}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('appName')}
                </Typography>
              </>
            ) : (
              <Typography variant="h1" component="p">
                {t('appName')}
              </Typography>
            )}
          </Stack>
          <Paper variant="outlined" sx={{ p: { xs: 2.5, sm: 4 } }}>
            <Typography variant="h2" component="h1" sx={{ mb: 2 }}>
              {title}
            </Typography>
            {children}
          </Paper>
        </Box>
      </Box>
    </Box>
  );
}
