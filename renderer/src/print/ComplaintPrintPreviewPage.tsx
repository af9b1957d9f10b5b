// Print preview of one complaint form (/complaints/:id/print): both parts on one A4 page or either part alone, in the
// language chosen, with Print and Save as PDF. Supervisors print; others are told they may not.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { complaintFormPrintRoute, PRINT_PARTS, type PrintPart } from '../../../shared/print/routes';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useApiQuery } from '../lib/queries';
import { PrintPreview } from './PrintPreview';
import { useMayPrintComplaints } from './PrintRoutes';
import { PrintLanguageSelect, usePrintLanguage } from './PrintLanguageSelect';

export function ComplaintPrintPreviewPage() {
  const { t } = useTranslation('print');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const mayPrint = useMayPrintComplaints();
  const complaint = useApiQuery('complaints.get', { id: valid ? id : 1 }, { enabled: valid && mayPrint });
  const [part, setPart] = useState<PrintPart>('both');
  const [lang, setLang] = usePrintLanguage();
  const back = (
    <Button component={RouterLink} to={valid ? `/complaints/${id}` : '/complaints'} startIcon={<ArrowBackOutlined />}>
      {t('preview.backToForm')}
    </Button>
  );

  if (!mayPrint) {
    return (
      <>
        <PageHeader title={t('preview.formTitle', { number: '' })} actions={back} />
        <Alert severity="warning" data-testid="print-not-permitted">
          {t('preview.notPermitted')}
        </Alert>
      </>
    );
  }
  if (complaint.isPending && valid) return <LoadingBlock />;
  if (complaint.isError || !valid) return <QueryError error={complaint.error} onRetry={() => void complaint.refetch()} />;
  const number = complaint.data?.number ?? '';
  return (
    <div data-testid="complaint-print-preview">
      <PageHeader title={t('preview.formTitle', { number })} subtitle={t('preview.formSubtitle')} actions={back} />
      <PrintPreview
        route={complaintFormPrintRoute({ id, part, lang })}
        orientation="portrait"
        fileName={part === 'both' ? number : `${number}-${t(`preview.parts.${part}`)}`}
        controls={
          <>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={part}
              onChange={(_, value: PrintPart | null) => value && setPart(value)}
              aria-label={t('preview.part')}
              data-testid="print-part"
            >
              {PRINT_PARTS.map((choice) => (
                <ToggleButton key={choice} value={choice} data-testid={`print-part-${choice}`} sx={{ px: 2 }}>
                  {t(`preview.parts.${choice}`)}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <PrintLanguageSelect value={lang} onChange={setLang} />
          </>
        }
      />
    </div>
  );
}
