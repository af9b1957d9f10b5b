// Print preview of a count sheet (/stocktakes/:id/print): the A4 pages in the language chosen, Print and Save as PDF.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { stocktakePrintRoute } from '../../../shared/print/routes';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useApiQuery } from '../lib/queries';
import { PrintLanguageSelect, usePrintLanguage } from './PrintLanguageSelect';
import { PrintPreview } from './PrintPreview';

export function StocktakePrintPreviewPage() {
  const { t } = useTranslation('stocktakes');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const sheet = useApiQuery('stocktakes.get', { id: valid ? id : 1 }, { enabled: valid });
  const [lang, setLang] = usePrintLanguage();
  if (sheet.isPending && valid) return <LoadingBlock />;
  if (sheet.isError || !valid) return <QueryError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  const number = sheet.data?.number ?? '';
  return (
    <div data-testid="stocktake-print-preview">
      <PageHeader
        title={t('print.previewTitle', { number })}
        subtitle={t('print.previewSubtitle')}
        actions={
          <Button component={RouterLink} to={`/stocktakes/${id}`} startIcon={<ArrowBackOutlined />}>
            {t('print.back')}
          </Button>
        }
      />
      <PrintPreview
        route={stocktakePrintRoute({ id, lang })}
        orientation="portrait"
        fileName={`${t('print.title', { lng: lang })} ${number}`}
        controls={<PrintLanguageSelect value={lang} onChange={setLang} />}
      />
    </div>
  );
}
