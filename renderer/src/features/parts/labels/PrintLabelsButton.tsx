// "Print labels": opens the label sheet's preview for the parts listed or chosen (or for bins). The parts screen places
// it beside its list; nothing is printed until the user prints from the preview.
import QrCode2Outlined from '@mui/icons-material/QrCode2Outlined';
import Button, { type ButtonProps } from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { labelsSearch } from '../../../../../shared/print/routes';
import { MAX_LABELS } from '../../../../../shared/parts/labels';

/** The preview's address for these parts or bins (the first MAX_LABELS of them). */
export function labelsPreviewPath(choice: { partIds?: readonly number[]; bins?: readonly string[] }): string | null {
  if (choice.partIds && choice.partIds.length > 0) return `/parts/labels?${labelsSearch({ parts: choice.partIds.slice(0, MAX_LABELS) })}`;
  if (choice.bins && choice.bins.length > 0) return `/parts/labels?${labelsSearch({ bins: choice.bins.slice(0, MAX_LABELS) })}`;
  return null;
}

export function PrintLabelsButton({
  partIds,
  bins,
  ...button
}: { partIds?: number[]; bins?: string[] } & Omit<ButtonProps, 'onClick' | 'href'>) {
  const { t } = useTranslation('parts');
  const navigate = useNavigate();
  const path = labelsPreviewPath({ ...(partIds && { partIds }), ...(bins && { bins }) });
  return (
    <Button
      startIcon={<QrCode2Outlined />}
      disabled={path === null}
      onClick={() => path && void navigate(path)}
      data-testid="print-labels"
      {...button}
    >
      {t('labels.print')}
    </Button>
  );
}
