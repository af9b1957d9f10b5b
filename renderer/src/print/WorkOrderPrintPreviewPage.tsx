// Print preview of one work order (/work-orders/:id/print): the form on A4 in the language chosen, with Print and Save
// as PDF.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { workOrderPrintRoute } from '../../../shared/print/routes';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useApiQuery } from '../lib/queries';
import { PrintLanguageSelect, usePrintLanguage } from './PrintLanguageSelect';
import { PrintPreview } from './PrintPreview';

export function WorkOrderPrintPreviewPage() {
  const { t } = useTranslation('workOrders');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const order = useApiQuery('workOrders.get', { id: valid ? id : 1 }, { enabled: valid });
  const [lang, setLang] = usePrintLanguage();
  const number = order.data?.number ?? '';
  if (order.isPending && valid) return <LoadingBlock />;
  if (order.isError || !valid) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  return (
    <div data-testid="work-order-print-preview">
      <PageHeader
        title={t('print.previewTitle', { number })}
        subtitle={t('print.previewSubtitle')}
        actions={
          <Button component={RouterLink} to={`/work-orders/${id}`} startIcon={<ArrowBackOutlined />}>
            {t('print.backToOrder')}
          </Button>
        }
      />
      <PrintPreview route={workOrderPrintRoute({ id, lang })} orientation="portrait" fileName={number} controls={<PrintLanguageSelect value={lang} onChange={setLang} />} />
    </div>
  );
}
