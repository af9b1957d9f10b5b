// What a work order says, in the order the paper form says it: who goes where for which fault, what they bring, what
// they found and did, what the customer signed; and the parts that moved, each a movement of the store's ledger.
import CheckBoxOutlineBlankOutlined from '@mui/icons-material/CheckBoxOutlineBlankOutlined';
import CheckBoxOutlined from '@mui/icons-material/CheckBoxOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@mui/utils';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { CONDUCT_ITEMS, type WorkOrder } from '../../../../shared/api/workOrders';
import { FieldGrid, FieldRow, orDash } from '../../components/FieldGrid';
import { Section } from '../../components/Section';
import { useFormat } from '../../lib/format';
import { quantityText } from '../parts';
import { peopleText } from './form';

const NUMBER = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const TABLE = { '& th, & td': { px: 1 } } as const;

const by = (name: string | null, at: string) => [name, at].filter(Boolean).join(' · ');

export function AboutSection({ order: o }: { order: WorkOrder }) {
  const { t } = useTranslation('workOrders');
  const format = useFormat();
  return (
    <Section title={t('page.about')} testId="work-order-about">
      <FieldGrid>
        <FieldRow label={t('fields.request')} testId="work-order-request">
          {o.requestId !== null ? (
            <Link component={RouterLink} to={`/requests/${o.requestId}`} underline="hover" sx={{ fontFamily: 'monospace' }}>
              {o.requestNumber}
            </Link>
          ) : (
            '—'
          )}
        </FieldRow>
        <FieldRow label={t('fields.customer')} testId="work-order-customer">
          {o.customerId !== null ? (
            <Link component={RouterLink} to={`/customers/${o.customerId}`} underline="hover">
              {o.customerName}
            </Link>
          ) : (
            '—'
          )}
        </FieldRow>
        <FieldRow label={t('fields.site')}>{orDash(o.siteName)}</FieldRow>
        <FieldRow label={t('fields.equipment')} testId="work-order-equipment">
          {o.equipmentId !== null && o.customerId !== null ? (
            <Link component={RouterLink} to={`/customers/${o.customerId}`} underline="hover">
              {o.equipmentLabel}
            </Link>
          ) : (
            orDash(o.equipmentLabel)
          )}
        </FieldRow>
        <FieldRow label={t('fields.technicians')} testId="work-order-technicians-view">
          {orDash(peopleText(o.technicians, t('separator')))}
        </FieldRow>
        <FieldRow label={t('fields.expectedAt')} testId="work-order-expected-view">
          {o.expectedAt === null ? '—' : format.dateTime(o.expectedAt)}
        </FieldRow>
        <FieldRow label={t('fields.dueAt')}>{o.dueAt === null ? '—' : format.dateTime(o.dueAt)}</FieldRow>
        <FieldRow label={t('fields.created')}>{by(o.createdByName, format.dateTime(o.createdAt))}</FieldRow>
        {o.dispatchedAt !== null && <FieldRow label={t('fields.dispatched')}>{by(o.dispatchedByName, format.dateTime(o.dispatchedAt))}</FieldRow>}
      </FieldGrid>
    </Section>
  );
}

export function FaultSection({ order: o }: { order: WorkOrder }) {
  const { t } = useTranslation('workOrders');
  return (
    <Section title={t('page.fault')} testId="work-order-fault">
      <FieldGrid>
        <FieldRow label={t('fields.cause')}>{orDash(o.cause)}</FieldRow>
        <FieldRow label={t('fields.nature')}>{orDash(o.nature)}</FieldRow>
        <FieldRow label={t('fields.category')}>{orDash(o.category)}</FieldRow>
        <FieldRow label={t('fields.location')}>{orDash(o.location)}</FieldRow>
        <FieldRow label={t('fields.description')} multiline testId="work-order-description-view">
          {orDash(o.description)}
        </FieldRow>
      </FieldGrid>
    </Section>
  );
}

export function BringSection({ order: o }: { order: WorkOrder }) {
  const { t, i18n } = useTranslation('workOrders');
  return (
    <Section title={t('page.bring')} testId="work-order-bring">
      {o.plannedParts.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('page.noPlannedParts')}
        </Typography>
      ) : (
        <Table size="small" sx={TABLE} data-testid="work-order-planned">
          <TableHead>
            <TableRow>
              <TableCell>{t('fields.code')}</TableCell>
              <TableCell>{t('fields.part')}</TableCell>
              <TableCell sx={NUMBER}>{t('fields.quantity')}</TableCell>
              <TableCell sx={NUMBER}>{t('fields.onHand')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {o.plannedParts.map((line) => (
              <TableRow key={line.partId} data-testid={`work-order-planned-${line.code}`}>
                <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                  <Link component={RouterLink} to={`/parts/${line.partId}`} underline="hover">
                    {line.code}
                  </Link>
                </TableCell>
                <TableCell>
                  {line.name}
                  {line.spec && (
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                      {line.spec}
                    </Typography>
                  )}
                  {line.discontinued && (
                    <Box sx={{ mt: 0.5 }}>
                      <Chip size="small" color="warning" variant="outlined" label={t('page.discontinued')} sx={{ mr: 1 }} />
                      {line.substitutes.map((s) => (
                        <Typography key={s.partId} component="span" variant="caption" sx={{ mr: 1 }}>
                          {t('page.substitute', { part: `${s.code} ${s.name}`, stock: quantityText(s.onHand, line.unit, i18n.language) })}
                        </Typography>
                      ))}
                    </Box>
                  )}
                </TableCell>
                <TableCell sx={NUMBER}>{quantityText(line.quantity, line.unit, i18n.language)}</TableCell>
                <TableCell sx={{ ...NUMBER, color: line.onHand < line.quantity ? 'error.main' : 'text.secondary' }}>{quantityText(line.onHand, line.unit, i18n.language)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Box sx={{ mt: 1.5 }}>
        <FieldGrid>
          <FieldRow label={t('fields.tools')} multiline testId="work-order-tools-view">
            {orDash(o.tools)}
          </FieldRow>
        </FieldGrid>
      </Box>
    </Section>
  );
}

function Check({ on, label, testId }: { on: boolean; label: string; testId: string }) {
  const { t } = useTranslation('workOrders');
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }} data-testid={testId} data-checked={on}>
      {on ? <CheckBoxOutlined fontSize="small" color="success" /> : <CheckBoxOutlineBlankOutlined fontSize="small" color="disabled" />}
      <Typography variant="body2" color={on ? 'text.primary' : 'text.secondary'}>
        {label}
      </Typography>
      <Box component="span" sx={visuallyHidden}>
        {t(on ? 'page.checked' : 'page.notChecked')}
      </Box>
    </Stack>
  );
}

export function VisitSection({ order: o }: { order: WorkOrder }) {
  const { t } = useTranslation('workOrders');
  const format = useFormat();
  return (
    <Section title={t('page.visit')} testId="work-order-visit">
      <FieldGrid>
        <FieldRow label={t('fields.arrivedAt')} testId="work-order-arrived-view">
          {o.arrivedAt === null ? '—' : format.dateTime(o.arrivedAt)}
        </FieldRow>
        <FieldRow label={t('fields.completedAt')} testId="work-order-completed-view">
          {o.completedAt === null ? '—' : format.dateTime(o.completedAt)}
        </FieldRow>
        <FieldRow label={t('fields.measures')} multiline testId="work-order-measures-view">
          {orDash(o.measures)}
        </FieldRow>
        <FieldRow label={t('fields.outcome')} testId="work-order-outcome-view">
          {o.outcome === null ? '—' : t(`outcomes.${o.outcome}`)}
        </FieldRow>
        <FieldRow label={t('fields.conduct')}>
          <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
            {CONDUCT_ITEMS.map((item) => (
              <Check key={item} on={o.conduct[item]} label={t(`conduct.${item}`)} testId={`work-order-conduct-view-${item}`} />
            ))}
          </Stack>
        </FieldRow>
        <FieldRow label={t('fields.signOff')}>
          <Box data-testid="work-order-signed-view">{o.signedAt === null ? '—' : by(o.signedName, format.dateTime(o.signedAt))}</Box>
          {/* The drawn signature under the name it signs (a row of its own would put its label at the image's foot). */}
          {o.signature && (
            <Box
              component="img"
              src={o.signature}
              alt={t('fields.signatureOf', { name: o.signedName })}
              sx={{ display: 'block', mt: 0.5, maxWidth: 320, maxHeight: 100, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: '#fff' }}
              data-testid="work-order-signature"
            />
          )}
        </FieldRow>
        {o.cancelReason !== '' && (
          <FieldRow label={t('fields.cancelReason')} multiline testId="work-order-cancel-reason">
            {o.cancelReason}
          </FieldRow>
        )}
      </FieldGrid>
    </Section>
  );
}

export function PartsUsedSection({ order: o }: { order: WorkOrder }) {
  const { t, i18n } = useTranslation('workOrders');
  const format = useFormat();
  return (
    <Section title={t('page.partsUsed')} count={o.partMovements.length} testId="work-order-parts-used">
      {o.partMovements.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('page.noMovements')}
        </Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, alignItems: 'start' }}>
          <Table size="small" sx={TABLE} data-testid="work-order-movements">
            <TableHead>
              <TableRow>
                <TableCell>{t('fields.at')}</TableCell>
                <TableCell>{t('fields.movementKind')}</TableCell>
                <TableCell>{t('fields.part')}</TableCell>
                <TableCell sx={NUMBER}>{t('fields.quantity')}</TableCell>
                <TableCell>{t('fields.by')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {o.partMovements.map((m) => (
                <TableRow key={m.movementId} data-testid={`work-order-movement-${m.movementId}`} sx={m.reversedById !== null ? { '& td': { color: 'text.disabled' } } : undefined}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(m.at)}</TableCell>
                  <TableCell>
                    {t(`movements.${m.kind}`)}
                    {m.reversedById !== null && <Chip size="small" color="warning" variant="outlined" label={t('page.reversed')} sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`/parts/${m.partId}`} underline="hover" sx={{ fontFamily: 'monospace', mr: 1 }}>
                      {m.code}
                    </Link>
                    {m.name}
                  </TableCell>
                  <TableCell sx={NUMBER}>{quantityText(m.quantity, m.unit, i18n.language)}</TableCell>
                  <TableCell>{orDash(m.byName)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Box>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
              {t('page.netUsed')}
            </Typography>
            <Table size="small" sx={TABLE} data-testid="work-order-net">
              <TableBody>
                {o.partsUsed.map((use) => (
                  <TableRow key={use.partId} data-testid={`work-order-net-${use.code}`}>
                    <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                      <Link component={RouterLink} to={`/parts/${use.partId}`} underline="hover">
                        {use.code}
                      </Link>
                    </TableCell>
                    <TableCell>{use.name}</TableCell>
                    <TableCell sx={NUMBER}>{quantityText(use.used, use.unit, i18n.language)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </Box>
      )}
    </Section>
  );
}

export function LinkedRecordsSection({ order: o }: { order: WorkOrder }) {
  const { t } = useTranslation(['workOrders', 'replacements', 'scrap']);
  if (o.notices.length === 0 && o.scrapRecords.length === 0) return null;
  const rows = [
    ...o.notices.map((n) => ({ key: `n${n.id}`, to: `/replacements/${n.id}`, label: t('page.notice'), number: n.number, state: t(`replacements:states.${n.state}`, { defaultValue: n.state }) })),
    ...o.scrapRecords.map((s) => ({ key: `s${s.id}`, to: `/scrap/${s.id}`, label: t('page.scrapRecord'), number: s.number, state: t(`scrap:states.${s.state}`, { defaultValue: s.state }) })),
  ];
  return (
    <Section title={t('page.linked')} count={rows.length} testId="work-order-linked">
      <Stack spacing={0.75}>
        {rows.map((row) => (
          <Stack key={row.key} direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" color="text.secondary" sx={{ width: 180 }}>
              {row.label}
            </Typography>
            <Link component={RouterLink} to={row.to} underline="hover" sx={{ fontFamily: 'monospace' }}>
              {row.number}
            </Link>
            <Chip size="small" variant="outlined" label={row.state} />
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
