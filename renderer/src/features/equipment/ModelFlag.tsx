// 升级换代 / 停产 on a product model: a small chip beside the model wherever equipment is shown.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { ModelStatus } from '../../../../shared/api';

const COLOR: Record<ModelStatus, 'default' | 'info' | 'error'> = { current: 'default', upgraded: 'info', discontinued: 'error' };

/** Nothing for a current model: only a flag that calls for telling the customer shows. */
export function ModelFlag({ status }: { status: ModelStatus }) {
  if (status === 'current') return null;
  return <ModelStatusChip status={status} sx={{ height: 20, ml: 0.75 }} />;
}

/** The status of a model, current included (the models screen). */
export function ModelStatusChip({ status, sx }: { status: ModelStatus; sx?: object }) {
  const { t } = useTranslation('equipment');
  return (
    <Chip
      size="small"
      color={COLOR[status]}
      variant="outlined"
      label={t(`modelStatus.${status}`)}
      sx={sx}
      data-testid={`model-${status}`}
    />
  );
}
