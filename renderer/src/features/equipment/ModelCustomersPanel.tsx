// The customers who have a model, to tell them of its upgrade or discontinuation: whom to call, at which number,
// about which units; their phone numbers or the whole list copied for a call or SMS list or a spreadsheet.
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ProductModel } from '../../../../shared/api/equipment';
import { useNotify } from '../../app/notify';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { useApiQuery } from '../../lib/queries';
import { ModelStatusChip } from './ModelFlag';
import { copyText, notificationListText, phoneNumbersToCopy, type ModelCustomer } from './notifyList';

function CopyButtons({ customers }: { customers: ModelCustomer[] }) {
  const { t } = useTranslation(['equipment', 'customers']);
  const notify = useNotify();
  const phones = phoneNumbersToCopy(customers);
  const copy = async (text: string, done: string) => {
    try {
      await copyText(text);
      notify(done);
    } catch {
      notify(t('models.customers.copyFailed'), 'error');
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      <Button
        size="small"
        variant="outlined"
        startIcon={<PhoneOutlined />}
        disabled={phones === ''}
        onClick={() => void copy(phones, t('models.customers.phonesCopied', { count: phones.split('\n').length }))}
        data-testid="model-customers-copy-phones"
      >
        {t('models.customers.copyPhones')}
      </Button>
      <Button
        size="small"
        variant="outlined"
        startIcon={<ContentCopyOutlined />}
        onClick={() =>
          void copy(
            notificationListText(customers, {
              code: t('customers:fields.code'),
              name: t('customers:fields.name'),
              contact: t('customers:fields.primaryContact'),
              phone: t('customers:fields.primaryPhone'),
              serialNumbers: t('fields.serialNumber'),
            }),
            t('models.customers.listCopied', { count: customers.length }),
          )
        }
        data-testid="model-customers-copy-list"
      >
        {t('models.customers.copyList')}
      </Button>
    </Stack>
  );
}

export function ModelCustomersPanel({ model }: { model: ProductModel }) {
  const { t } = useTranslation(['equipment', 'customers']);
  const query = useApiQuery('equipment.modelCustomers', { modelId: model.id });
  const customers = query.data?.items ?? [];

  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }} data-testid="model-customers">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" component="h2" sx={{ fontSize: '1.05rem', flex: 1 }} data-testid="model-customers-title">
          {t('models.customers.title', { model: model.model })}
          {query.data && (
            <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: '0.9rem' }} data-testid="model-customers-count">
              {customers.length}
            </Typography>
          )}
        </Typography>
        <ModelStatusChip status={model.status} />
      </Stack>
      {model.status !== 'current' && (
        <Alert severity={model.status === 'discontinued' ? 'warning' : 'info'} sx={{ mb: 1.5 }} data-testid="model-customers-notice">
          <Typography variant="body2">{t(`models.customers.notice.${model.status}`, { model: model.model })}</Typography>
          {model.successorModel && <Typography variant="body2">{t('models.customers.successor', { model: model.successorModel })}</Typography>}
          {model.notes && (
            <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
              {model.notes}
            </Typography>
          )}
        </Alert>
      )}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <LoadingBlock />}
      {query.data && customers.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('models.customers.none')}
        </Typography>
      )}
      {customers.length > 0 && (
        <>
          <Box sx={{ mb: 1.5 }}>
            <CopyButtons customers={customers} />
          </Box>
          <TableContainer>
            <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('customers:fields.name')}</TableCell>
                  <TableCell>{t('customers:fields.primaryContact')}</TableCell>
                  <TableCell>{t('customers:fields.primaryPhone')}</TableCell>
                  <TableCell>{t('fields.serialNumber')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {customers.map((customer) => (
                  <TableRow key={customer.id} hover data-testid={`model-customer-${customer.code}`}>
                    <TableCell>
                      <Link component={RouterLink} to={`/customers/${customer.id}`} underline="hover" data-testid={`model-customer-link-${customer.code}`}>
                        {customer.name}
                      </Link>
                      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                        {[customer.code, customer.region].filter((part) => part).join(t('customers:search.separator'))}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{customer.primaryContact ?? ''}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="model-customer-phone">
                      {customer.primaryPhone ?? ''}
                    </TableCell>
                    <TableCell sx={{ fontFamily: 'monospace', fontSize: 13, whiteSpace: 'nowrap' }}>
                      {customer.serialNumbers.map((serial) => (
                        <Box key={serial}>{serial}</Box>
                      ))}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </Paper>
  );
}
