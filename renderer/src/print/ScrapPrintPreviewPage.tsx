// Print preview of one scrap record (/scrap/:id/print): the form on A4 in the language chosen, with
// Print and Save as PDF.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { scrapFormPrintRoute } from '../../../shared/print/routes';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useApiQuery } from '../lib/queries';
import { PrintLanguageSelect, usePrintLanguage } from './PrintLanguageSelect';
import { PrintPreview } from './PrintPreview';

export function ScrapPrintPreviewPage() {
  const { t } = useTranslation('scrap');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const record = useApiQuery('scrap.get', { id: valid ? id : 1 }, { enabled: valid });
  const [lang, setLang] = usePrintLanguage();
  if (record.isPending && valid) return <LoadingBlock />;
  if (record.isError || !valid) return <QueryError error={record.error} onRetry={() => void record.refetch()} />;
  const number = record.data?.number ?? '';
  return (
    <div data-testid="scrap-print-preview">
      <PageHeader
        title={t('print.previewTitle', { number })}
        subtitle={t('print.previewSubtitle')}
        actions={
          <Button component={RouterLink} to={`/scrap/${id}`} startIcon={<ArrowBackOutlined />}>
            {t('print.backToRecord')}
          </Button>
        }
      />
      <PrintPreview route={scrapFormPrintRoute({ id, lang })} orientation="portrait" fileName={number} controls={<PrintLanguageSelect value={lang} onChange={setLang} />} />
    </div>
  );
}
