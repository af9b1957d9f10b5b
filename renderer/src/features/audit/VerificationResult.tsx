// What audit.verify found, in words: the chain, its head outside the database, and each record changed behind the console.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditProblem, AuditVerification } from '../../../../shared/api';
import { useFormat } from '../../lib/format';

function problemText(t: TFunction<'audit'>, problem: AuditProblem, dateTime: (at: number) => string): string {
  const table = problem.table === undefined ? '' : t(`tables.${problem.table}`, { defaultValue: problem.table });
  return t(`problems.${problem.kind}`, {
    auditId: problem.auditId ?? '',
    lastId: problem.lastId ?? 0,
    table,
    rowId: problem.rowId ?? '',
    at: problem.at === undefined ? '' : dateTime(problem.at),
  });
}

export function VerificationResult({ verification, onClose }: { verification: AuditVerification; onClose: () => void }) {
  const { t } = useTranslation('audit');
  const format = useFormat();
  if (verification.valid) {
    return (
      <Alert severity="success" sx={{ mb: 2 }} onClose={onClose} data-testid="audit-verify-result">
        {t('verifyOk', { checked: verification.checked, records: verification.checkedRecords })}
      </Alert>
    );
  }
  const more = verification.problemCount - verification.problems.length;
  return (
    <Alert severity="error" sx={{ mb: 2 }} onClose={onClose} data-testid="audit-verify-result">
      <AlertTitle>{t('verifyBroken', { checked: verification.checked, records: verification.checkedRecords, count: verification.problemCount })}</AlertTitle>
      <List dense disablePadding data-testid="audit-verify-problems">
        {verification.problems.map((problem, index) => (
          <ListItem key={index} disableGutters sx={{ py: 0 }}>
            <ListItemText primary={problemText(t, problem, format.dateTimeSeconds)} />
          </ListItem>
        ))}
      </List>
      {more > 0 && t('moreProblems', { count: more })}
    </Alert>
  );
}
