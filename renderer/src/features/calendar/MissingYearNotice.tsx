// Tells a supervisor that a year's official holidays are not in the calendar yet (see shared/calendar/coverage.ts).
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import { useCurrentUser } from '../../app/session';
import { useApiQuery } from '../../lib/queries';

export function MissingYearAlert({ year, withLink }: { year: number; withLink: boolean }) {
  const { t } = useTranslation('calendar');
  return (
    <Alert
      severity="warning"
      data-testid="calendar-missing-year"
      action={
        withLink && (
          <Button component={RouterLink} to="/calendar" color="inherit" size="small" data-testid="calendar-missing-year-open">
            {t('missingYear.open')}
          </Button>
        )
      }
    >
      <AlertTitle>{t('missingYear.title', { year })}</AlertTitle>
      {t('missingYear.body', { year })}
    </Alert>
  );
}

/** For the home screen: shown only to those who may edit the calendar, and only when a year is missing. */
export function MissingYearNotice() {
  const me = useCurrentUser();
  const mayEdit = mayCall(api['calendar.setDay'].access, me.roles);
  const calendar = useApiQuery('calendar.get', {}, { enabled: mayEdit, staleTime: 60_000 });
  const year = calendar.data?.missingOfficialYear ?? null;
  if (!mayEdit || year === null) return null;
  return <MissingYearAlert year={year} withLink />;
}
