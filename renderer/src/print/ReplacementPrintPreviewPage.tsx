// Print preview of one spare replacement notice (/replacements/:id/print): the form on A4 in the language chosen, with
// Print and Save as PDF.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { replacementFormPrintRoute } from '../../../shared/print/routes';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useApiQuery } from '../lib/queries';
import { PrintLanguageSelect, usePrintLanguage } from './PrintLanguageSelect';
import { PrintPreview } from './PrintPreview';

export function ReplacementPrintPreviewPage() {
  const { t } = useTranslation('replacements');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const notice = useApiQuery('replacements.get', { id: valid ? id : 1 }, { enabled: valid });
  const [lang, setLang] = usePrintLanguage();
  if (notice.isPending && valid) return <LoadingBlock />;
  if (notice.isError || !valid) return <QueryError error={notice.error} onRetry={() => void notice.refetch()} />;
  const number = notice.data?.number ?? '';
  return (
    <div data-testid="replacement-print-preview">
      <PageHeader
        title={t('print.previewTitle', { number })}
        subtitle={t('print.previewSubtitle')}
        actions={
          <Button component={RouterLink} to={`/replacements/${id}`} startIcon={<ArrowBackOutlined />}>
            {t('print.backToNotice')}
          </Button>
        }
      />
      <PrintPreview route={replacementFormPrintRoute({ id, lang })} orientation="portrait" fileName={number} controls={<PrintLanguageSelect value={lang} onChange={setLang} />} />
    </div>
  );
}
