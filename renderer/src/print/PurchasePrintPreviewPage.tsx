// Print preview of one purchase request (/purchases/:id/print): the form on A4 in the language chosen, with Print and
// Save as PDF.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { purchaseFormPrintRoute } from '../../../shared/print/routes';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useApiQuery } from '../lib/queries';
import { PrintLanguageSelect, usePrintLanguage } from './PrintLanguageSelect';
import { PrintPreview } from './PrintPreview';

export function PurchasePrintPreviewPage() {
  const { t } = useTranslation('purchases');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const request = useApiQuery('purchases.get', { id: valid ? id : 1 }, { enabled: valid });
  const [lang, setLang] = usePrintLanguage();
  if (request.isPending && valid) return <LoadingBlock />;
  if (request.isError || !valid) return <QueryError error={request.error} onRetry={() => void request.refetch()} />;
  const number = request.data?.number ?? '';
  return (
    <div data-testid="purchase-print-preview">
      <PageHeader
        title={t('print.previewTitle', { number })}
        subtitle={t('print.previewSubtitle')}
        actions={
          <Button component={RouterLink} to={`/purchases/${id}`} startIcon={<ArrowBackOutlined />}>
            {t('print.backToRequest')}
          </Button>
        }
      />
      <PrintPreview route={purchaseFormPrintRoute({ id, lang })} orientation="portrait" fileName={number} controls={<PrintLanguageSelect value={lang} onChange={setLang} />} />
    </div>
  );
}
