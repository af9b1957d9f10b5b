// Print preview of a label sheet (/parts/labels?parts=1,2,3 or ?bins=A-01,A-02): 3 × 8 labels to an A4 sheet, each with
// its code as a Code 128 barcode, in the language chosen, with Print and Save as PDF. Without parts or bins in the
// address it offers the bins' labels.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { LABELS_PER_SHEET } from '../../../shared/parts/labels';
import { partLabelsPrintRoute, readLabelsSearch } from '../../../shared/print/routes';
import { PageHeader } from '../components/PageHeader';
import { BinLabelsButton } from '../features/parts';
import { useApiQuery } from '../lib/queries';
import { useMayPrintLabels } from './PartLabelsPrintPage';
import { PrintLanguageSelect, usePrintLanguage } from './PrintLanguageSelect';
import { PrintPreview } from './PrintPreview';

export function PartLabelsPrintPreviewPage() {
  const { t } = useTranslation('print');
  const location = useLocation();
  const choice = readLabelsSearch(location.search);
  const mayPrint = useMayPrintLabels();
  const [lang, setLang] = usePrintLanguage();
  // How many of the parts asked for exist: the sheet leaves out the others, and the count says so.
  const parts = useApiQuery('parts.summaries', { ids: choice?.parts ?? [] }, { enabled: mayPrint && choice?.parts !== undefined });
  const back = (
    <Button component={RouterLink} to="/parts" startIcon={<ArrowBackOutlined />}>
      {t('labels.backToParts')}
    </Button>
  );

  if (!mayPrint || !choice) {
    return (
      <>
        <PageHeader title={t('labels.title')} subtitle={t('labels.subtitle')} actions={back} />
        {mayPrint ? (
          <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Alert severity="info" data-testid="labels-nothing-chosen">
              {t('labels.chooseFirst')}
            </Alert>
            <BinLabelsButton />
          </Stack>
        ) : (
          <Alert severity="warning" data-testid="print-not-permitted">
            {t('labels.notPermitted')}
          </Alert>
        )}
      </>
    );
  }
  const count = choice.bins ? choice.bins.length : (parts.data?.items.length ?? null);
  const sheets = count === null ? null : Math.ceil(count / LABELS_PER_SHEET);
  const fileName = choice.bins ? t('labels.binsFileName') : t('labels.partsFileName');
  return (
    <div data-testid="labels-print-preview">
      <PageHeader title={t(choice.bins ? 'labels.binsTitle' : 'labels.partsTitle')} subtitle={t('labels.subtitle')} actions={back} />
      <PrintPreview
        route={partLabelsPrintRoute({ ...choice, lang })}
        orientation="portrait"
        fileName={fileName}
        controls={
          <>
            <PrintLanguageSelect value={lang} onChange={setLang} />
            {count !== null && sheets !== null && (
              <Typography variant="body2" color="text.secondary" data-testid="labels-count">
                {t('labels.count', { count, sheets })}
                {choice.parts && count < choice.parts.length && ` ${t('labels.missing', { count: choice.parts.length - count })}`}
              </Typography>
            )}
          </>
        }
      />
    </div>
  );
}
