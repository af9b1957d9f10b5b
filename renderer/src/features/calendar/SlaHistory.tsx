// Every version of the service-level policy: who saved it and when.
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';

export function SlaHistory() {
  const { t } = useTranslation('calendar');
  const format = useFormat();
  const history = useApiQuery('sla.history', {});
  if (!history.data) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="sla-history">
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        {t('sla.historyTitle')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('sla.historyVersion')}</TableCell>
            <TableCell>{t('sla.historyAt')}</TableCell>
            <TableCell>{t('sla.historyBy')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {history.data.items.map((item) => (
            <TableRow key={item.version} data-testid={`sla-history-${item.version}`}>
              <TableCell>{t('sla.version', { version: item.version })}</TableCell>
              <TableCell>{format.dateTime(item.savedAt)}</TableCell>
              <TableCell>{item.savedBy ?? t('sla.system')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
