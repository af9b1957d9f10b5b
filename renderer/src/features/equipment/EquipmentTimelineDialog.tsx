// 维修档案 of one piece of equipment: what the unit is, then every event that touched it, newest first, page by page.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Equipment } from '../../../../shared/api';
import { TimelineEvents } from '../timeline';
import { useCalendarDate } from '../../components/CalendarDateField';
import { ModelFlag } from './ModelFlag';
import { WarrantyChip } from './WarrantyChip';

/** Events per page: a dialog shows fewer than the customer page. */
export const EQUIPMENT_TIMELINE_PAGE = 20;

export function EquipmentTimelineDialog({ unit, siteName, onClose }: { unit: Equipment; siteName: string; onClose: () => void }) {
  const { t } = useTranslation(['equipment', 'customers', 'common']);
  const date = useCalendarDate();
  const facts = [
    unit.productName,
    siteName,
    unit.installDate && t('timeline.installed', { date: date(unit.installDate) }),
    t(`lifecycle.${unit.lifecycle}`),
  ].filter((part) => part);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" slotProps={{ paper: { 'data-testid': 'equipment-timeline-dialog' } as object }}>
      <DialogTitle>{t('timeline.title', { model: unit.model, serial: unit.serialNumber })}</DialogTitle>
      <DialogContent dividers>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5, mb: 1.5 }} data-testid="equipment-timeline-unit">
          <Typography variant="body2" color="text.secondary">
            {facts.join(t('customers:search.separator'))}
          </Typography>
          <WarrantyChip status={unit.warrantyStatus} title={unit.warrantyEnd ? t('timeline.warrantyEnd', { date: date(unit.warrantyEnd) }) : undefined} />
          <ModelFlag status={unit.modelStatus} />
        </Stack>
        <TimelineEvents owner={{ equipmentId: unit.id }} pageSize={EQUIPMENT_TIMELINE_PAGE} testId="equipment-timeline" startFresh />
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} data-testid="equipment-timeline-close">
          {t('common:actions.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
