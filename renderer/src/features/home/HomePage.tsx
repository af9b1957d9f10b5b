// 工作台: greets the user and shows what waits for their next step (WorkQueue), and what of their work is still to come.
// The navigation is on the left; only a user whom no record waits for (the administrator) gets their screens here.
import ArrowForwardOutlined from '@mui/icons-material/ArrowForwardOutlined';
import PhoneInTalkOutlined from '@mui/icons-material/PhoneInTalkOutlined';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { usePageTitle } from '../../components/PageHeader';
import { permittedScreens } from '../../app/navigation';
import { useCurrentUser } from '../../app/session';
import { useApiQuery } from '../../lib/queries';
import { ProgressReminders } from '../requests';
import { MissingYearNotice } from '../calendar';
import { StoreHome } from '../parts';
import { PurchasesWaiting } from '../purchases';
import { MyWorkOrdersHome } from '../work-orders';
import { SparesOnLoan } from '../replacements';
import { ScrapAwaitingApproval } from '../scrap';
import { useQueueSections, WorkQueue, type ComingWork } from './WorkQueue';

export function HomePage() {
  const { t } = useTranslation(['home', 'nav', 'common']);
  const me = useCurrentUser();
  usePageTitle(t('nav:home'));
  const settings = useApiQuery('settings.get', {});
  const screens = permittedScreens(me.roles).filter((s) => s.key !== 'home');
  // What is still being built for each of the user's roles (a role whose work is all here has no line).
  const coming: ComingWork[] = me.roles.flatMap((role) => {
    const text = t(`coming.${role}`, { defaultValue: '' });
    return text ? [{ role, text }] : [];
  });
  const sections = useQueueSections();
  // The inventory clerk's own work (the store's low stock and last movements) stands where the queue would.
  const keepsStore = me.roles.includes('inventory_clerk');
  const hasQueue = sections.length > 0 || coming.length > 0;

  return (
    <Stack spacing={3} data-testid="home-page">
      <Box>
        <Typography variant="h1" component="h1" data-testid="page-title">
          {t('greeting', { name: me.displayName })}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('today', { date: dayjs().format(t('common:format.date')) })}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ pl: 1 }}>
            {t('yourRoles')}
          </Typography>
          {me.roles.map((role) => (
            <Chip key={role} size="small" label={t(`common:roles.${role}`)} data-testid={`role-${role}`} />
          ))}
        </Stack>
      </Box>

      <MissingYearNotice />

      <ProgressReminders />

      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(280px, 1fr)' } }}>
        <Stack spacing={3}>
          {me.roles.includes('technician') && <MyWorkOrdersHome />}
          {keepsStore && <StoreHome />}
          {keepsStore && <SparesOnLoan />}
          {/* Before the queue: a manager's approvals are few and hold up the store. */}
          <PurchasesWaiting />
          <ScrapAwaitingApproval />
          {hasQueue && <WorkQueue sections={sections} coming={coming} />}
          {!hasQueue && !keepsStore && screens.length > 0 && (
            <Box>
              <Typography variant="h2" component="h2" sx={{ mb: 1.5 }}>
                {t('availableTitle')}
              </Typography>
              <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}>
                {screens.map((screen) => {
                  const Icon = screen.icon;
                  return (
                    <Card key={screen.key} variant="outlined">
                      <CardActionArea component={RouterLink} to={screen.path} sx={{ p: 2, height: '100%' }} data-testid={`home-${screen.key}`}>
                        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
                          <Icon color="primary" />
                          <Box sx={{ minWidth: 0 }}>
                            <Typography variant="subtitle1">{t(`nav:${screen.key}`)}</Typography>
                            <Typography variant="body2" color="text.secondary">
                              {t(`screens.${screen.key}`)}
                            </Typography>
                          </Box>
                        </Stack>
                      </CardActionArea>
                    </Card>
                  );
                })}
              </Box>
            </Box>
          )}

        </Stack>

        <Stack spacing={3}>
          <Paper variant="outlined" sx={{ p: 2.5 }}>
            <Typography variant="h2" component="h2" sx={{ mb: 1.5 }}>
              {t('centerTitle')}
            </Typography>
            <Typography variant="subtitle1">{settings.data?.centerName}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5, mb: 0.5 }}>
              {t('hotlines')}
            </Typography>
            {settings.data && settings.data.hotlineNumbers.length === 0 && (
              <Typography variant="body2" color="text.secondary">
                {t('noHotlines')}
              </Typography>
            )}
            <Stack spacing={0.5}>
              {settings.data?.hotlineNumbers.map((number) => (
                <Stack key={number} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <PhoneInTalkOutlined fontSize="small" color="action" />
                  <Typography variant="body1" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {number}
                  </Typography>
                </Stack>
              ))}
            </Stack>
            {settings.data && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
                {t('timeZoneValue', { zone: settings.data.timeZone })}
              </Typography>
            )}
          </Paper>
          <Paper variant="outlined" sx={{ p: 2.5 }}>
            <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
              {t('alwaysTitle')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('alwaysLanguage')}
            </Typography>
            <Stack direction="row" spacing={0.5} sx={{ mt: 1, alignItems: 'center' }}>
              <ArrowForwardOutlined fontSize="inherit" color="action" />
              <Typography variant="body2" color="text.secondary">
                {t('alwaysPassword')}
              </Typography>
            </Stack>
          </Paper>
        </Stack>
      </Box>
    </Stack>
  );
}
