// 设备: the customer's equipment with warranty status, lifecycle and the upgraded/discontinued flag of its model.
import AddOutlined from '@mui/icons-material/AddOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import AutorenewOutlined from '@mui/icons-material/AutorenewOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Equipment, Site } from '../../../../shared/api';
import { Section } from '../../components/Section';
import { useCalendarDate } from '../../components/CalendarDateField';
import { EquipmentTimelineDialog } from './EquipmentTimelineDialog';
import { ModelFlag } from './ModelFlag';
import { WarrantyChip } from './WarrantyChip';


/** The most a site's name takes in a row: a longer one is cut, whole on hover (the serial and dates never wrap). */
const SITE_MAX = 130;
export function EquipmentSection({
  equipment,
  sites,
  editable,
  onAdd,
  onEdit,
  onRenew,
}: {
  equipment: Equipment[];
  sites: Site[];
  editable: boolean;
  onAdd: () => void;
  onEdit: (unit: Equipment) => void;
  onRenew: (unit: Equipment) => void;
}) {
  const { t } = useTranslation(['equipment', 'customers']);
  const date = useCalendarDate();
  const siteName = new Map(sites.map((site) => [site.id, site.name]));
  const [timelineOf, setTimelineOf] = useState<Equipment | null>(null);
  return (
    <Section
      title={t('customers:sections.equipment')}
      count={equipment.length}
      testId="customer-equipment"
      actions={
        editable && (
          <Button size="small" startIcon={<AddOutlined />} onClick={onAdd} data-testid="equipment-add">
            {t('add')}
          </Button>
        )
      }
    >
      {equipment.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('none')}
        </Typography>
      ) : (
        <TableContainer>
          <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('fields.model')}</TableCell>
                <TableCell>{t('fields.serialNumber')}</TableCell>
                <TableCell>{t('fields.site')}</TableCell>
                <TableCell>{t('fields.installDate')}</TableCell>
                <TableCell>{t('fields.acceptanceDate')}</TableCell>
                <TableCell>{t('fields.warrantyEnd')}</TableCell>
                <TableCell>{t('fields.lifecycle')}</TableCell>
                <TableCell align="right" sx={{ width: editable ? 112 : 48 }} />
              </TableRow>
            </TableHead>
            <TableBody>
              {equipment.map((unit) => (
                <TableRow key={unit.id} hover data-testid={`equipment-row-${unit.serialNumber}`}>
                  <TableCell>
                    <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                      <Typography variant="body2" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
                        {unit.model}
                      </Typography>
                      <ModelFlag status={unit.modelStatus} />
                    </Stack>
                    <Typography variant="caption" color="text.secondary">
                      {[unit.productName, unit.category].filter((part) => part).join(t('customers:search.separator'))}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 13, whiteSpace: 'nowrap' }}>{unit.serialNumber}</TableCell>
                  <TableCell sx={{ maxWidth: SITE_MAX }}>
                    <Typography variant="body2" noWrap title={unit.siteId !== null ? siteName.get(unit.siteId) : undefined}>
                      {unit.siteId !== null ? (siteName.get(unit.siteId) ?? '') : ''}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(unit.installDate)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(unit.acceptanceDate)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {/* The chip goes under the date when the row is short of room. */}
                    <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, rowGap: 0.5 }}>
                      <Box component="span" sx={{ minWidth: 80 }}>
                        {date(unit.warrantyEnd)}
                      </Box>
                      <WarrantyChip
                        status={unit.warrantyStatus}
                        title={
                          unit.renewals.length > 0
                            ? t('warranty.renewedTimes', { count: unit.renewals.length, start: date(unit.warrantyStart) })
                            : unit.warrantyStart
                              ? t('warranty.since', { start: date(unit.warrantyStart) })
                              : undefined
                        }
                      />
                    </Stack>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`lifecycle.${unit.lifecycle}`)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={t('timeline.action')}>
                      <IconButton size="small" onClick={() => setTimelineOf(unit)} aria-label={t('timeline.action')} data-testid={`equipment-timeline-${unit.serialNumber}`}>
                        <HistoryOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    {editable && (
                      <>
                        <Tooltip title={t('renew.action')}>
                          <IconButton size="small" onClick={() => onRenew(unit)} aria-label={t('renew.action')} data-testid={`equipment-renew-${unit.serialNumber}`}>
                            <AutorenewOutlined fontSize="small" />
                          </IconButton>
                        </Tooltip>
                        <Tooltip title={t('edit')}>
                          <IconButton size="small" onClick={() => onEdit(unit)} aria-label={t('edit')} data-testid={`equipment-edit-${unit.serialNumber}`}>
                            <EditOutlined fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {timelineOf && (
        <EquipmentTimelineDialog
          unit={equipment.find((unit) => unit.id === timelineOf.id) ?? timelineOf}
          siteName={timelineOf.siteId !== null ? (siteName.get(timelineOf.siteId) ?? '') : ''}
          onClose={() => setTimelineOf(null)}
        />
      )}
    </Section>
  );
}
