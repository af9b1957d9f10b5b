// The head of a routed record's page: the way back to its list, its number, state and lateness, and the steps the
// user may take now (given by the page).
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { NAMESPACE, RecordStateChip, type RecordKind, type RecordState } from './RecordStateChip';

export function RecordHeading<K extends RecordKind>({
  kind,
  record,
  children,
}: {
  kind: K;
  record: { number: string; state: RecordState<K>; overdue: boolean };
  /** The step buttons. */
  children: ReactNode;
}) {
  const { t } = useTranslation([NAMESPACE[kind], 'common']);
  return (
    <>
      <BackLink to={`/${NAMESPACE[kind]}`}>{t('back')}</BackLink>
      <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h1" component="h1" data-testid="page-title">
          {t('recordTitle', { number: record.number })}
        </Typography>
        <RecordStateChip kind={kind} state={record.state} />
        {record.overdue && <Chip size="small" color="error" label={t('common:deadline.overdue')} />}
        <Box sx={{ flex: 1 }} />
        {children}
      </Stack>
    </>
  );
}
