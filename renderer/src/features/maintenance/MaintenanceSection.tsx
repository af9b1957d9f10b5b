// On the customer page: planned maintenance (日常巡检) and the dedicated maintainer (专职维护人员) the commitments promise
// during the warranty: the customer's maintainer and each site's (named or cleared by a planner), and the plans of
// visits (interval, next due date, what they visit, the maintainer the inspection goes to, the last one made).
import AddOutlined from '@mui/icons-material/AddOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { api, mayCall, type Equipment } from '../../../../shared/api';
import type { MaintenancePlan } from '../../../../shared/api/maintenance';
import { useCurrentUser } from '../../app/session';
import { useCalendarDate } from '../../components/CalendarDateField';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { Section } from '../../components/Section';
import { useApiQuery } from '../../lib/queries';
import { MaintainerDialog, type MaintainerTarget } from './MaintainerDialog';
import { EditPlanDialog, NewPlanDialog } from './PlanDialog';
import { planTargetText } from './plans';

type Open = { kind: 'maintainer'; target: MaintainerTarget } | { kind: 'newPlan' } | { kind: 'plan'; plan: MaintenancePlan } | null;

function MaintainerRow({ label, name, inherited = null, onEdit, testId }: { label: string; name: string | null; inherited?: string | null; onEdit: (() => void) | null; testId: string }) {
  const { t } = useTranslation('maintenance');
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minHeight: 34 }} data-testid={testId}>
      <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 50%', minWidth: 0, overflowWrap: 'anywhere' }}>
        {label}
      </Typography>
      <Typography variant="body2" sx={{ flex: '1 1 50%', minWidth: 0, fontWeight: name ? 500 : undefined }} color={name ? 'text.primary' : 'text.secondary'} data-testid={`${testId}-name`}>
        {/* A site without its own maintainer is the customer's maintainer's. */}
        {name ?? (inherited ? t('maintainer.inherited', { name: inherited }) : t('maintainer.none'))}
      </Typography>
      {onEdit && (
        <IconButton size="small" aria-label={t('maintainer.change', { name: label })} onClick={onEdit} data-testid={`${testId}-edit`}>
          <EditOutlined fontSize="small" />
        </IconButton>
      )}
    </Stack>
  );
}

export function MaintenanceSection({ customerId, customerName, equipment }: { customerId: number; customerName: string; equipment: Equipment[] }) {
  const { t } = useTranslation('maintenance');
  const me = useCurrentUser();
  const date = useCalendarDate();
  const query = useApiQuery('maintenance.forCustomer', { customerId });
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const mayPlan = mayCall(api['maintenance.setMaintainer'].access, me.roles);
  const m = query.data;
  const words = { customer: t('plan.wholeCustomer'), site: (name: string) => t('plan.site', { name }), unit: (label: string) => t('plan.unitLabel', { label }) };

  return (
    <Section
      title={t('section.title')}
      count={m?.plans.length}
      testId="customer-maintenance"
      actions={
        mayPlan &&
        m && (
          <Button size="small" startIcon={<AddOutlined />} onClick={() => setOpen({ kind: 'newPlan' })} data-testid="plan-add">
            {t('plan.add')}
          </Button>
        )
      }
    >
      {query.isPending && <LoadingBlock />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {m && (
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(280px, 2fr) minmax(0, 5fr)' }, alignItems: 'start' }}>
          <Box>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
              {t('section.maintainers')}
            </Typography>
            <MaintainerRow
              label={t('maintainer.ofCustomer')}
              name={m.maintainerName}
              testId="maintainer-customer"
              onEdit={mayPlan ? () => setOpen({ kind: 'maintainer', target: { customerId, siteId: null, name: customerName, maintainerId: m.maintainerId } }) : null}
            />
            {m.sites.map((site) => (
              <MaintainerRow
                key={site.siteId}
                label={site.siteName}
                name={site.maintainerName}
                inherited={m.maintainerName}
                testId={`maintainer-site-${site.siteId}`}
                onEdit={mayPlan ? () => setOpen({ kind: 'maintainer', target: { customerId, siteId: site.siteId, name: site.siteName, maintainerId: site.maintainerId } }) : null}
              />
            ))}
          </Box>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
              {t('section.plans')}
            </Typography>
            {m.plans.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t('plan.none')}
              </Typography>
            ) : (
              <Table size="small" sx={{ '& th, & td': { px: 1 } }} data-testid="maintenance-plans">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('fields.target')}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('fields.intervalDays')}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('fields.nextDueDate')}</TableCell>
                    <TableCell>{t('fields.maintainer')}</TableCell>
                    <TableCell>{t('fields.lastWorkOrder')}</TableCell>
                    <TableCell>{t('fields.active')}</TableCell>
                    {mayPlan && <TableCell sx={{ width: 48 }} />}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {m.plans.map((plan) => (
                    <TableRow key={plan.id} data-testid={`maintenance-plan-${plan.id}`} sx={plan.active ? undefined : { '& td': { color: 'text.secondary' } }}>
                      <TableCell>{planTargetText(plan, words)}</TableCell>
                      <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{t('plan.everyDays', { count: plan.intervalDays })}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(plan.nextDueDate)}</TableCell>
                      <TableCell>{plan.maintainerName ?? t('maintainer.none')}</TableCell>
                      <TableCell>
                        {plan.lastWorkOrder ? (
                          <Link component={RouterLink} to={`/work-orders/${plan.lastWorkOrder.id}`} underline="hover" sx={{ fontFamily: 'monospace' }}>
                            {plan.lastWorkOrder.number}
                          </Link>
                        ) : (
                          '—'
                        )}
                      </TableCell>
                      <TableCell>
                        <Chip size="small" variant="outlined" color={plan.active ? 'success' : 'default'} label={t(plan.active ? 'plan.activeOn' : 'plan.activeOff')} />
                      </TableCell>
                      {mayPlan && (
                        <TableCell>
                          <IconButton size="small" aria-label={t('plan.edit', { target: planTargetText(plan, words) })} onClick={() => setOpen({ kind: 'plan', plan })} data-testid={`maintenance-plan-${plan.id}-edit`}>
                            <EditOutlined fontSize="small" />
                          </IconButton>
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Box>
        </Box>
      )}
      {open?.kind === 'maintainer' && <MaintainerDialog target={open.target} onClose={close} />}
      {open?.kind === 'newPlan' && m && <NewPlanDialog maintenance={m} equipment={equipment} onClose={close} />}
      {open?.kind === 'plan' && <EditPlanDialog plan={open.plan} onClose={close} />}
    </Section>
  );
}
