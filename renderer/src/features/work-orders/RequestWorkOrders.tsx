// On a fault report's page: its work orders (派工单) with their state, technicians and visit times, and for a
// dispatcher (a seat or information manager) "派工", the work order form prefilled from the report.
import EngineeringOutlined from '@mui/icons-material/EngineeringOutlined';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import type { ServiceRequest } from '../../../../shared/api/requests';
import { isOpen } from '../../../../shared/requests/lifecycle';
import { useCurrentUser } from '../../app/session';
import { Section } from '../../components/Section';
import { useApiQuery } from '../../lib/queries';
import { peopleText } from './form';
import { LateChip, WorkOrderStateChip } from './parts';
import { NewWorkOrderDialog } from './WorkOrderDialog';
import { When } from './WorkOrderTable';

export function RequestWorkOrders({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation('workOrders');
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const orders = useApiQuery('workOrders.forRequest', { requestId: request.id }, { enabled: request.kind === 'fault' });
  if (request.kind !== 'fault') return null;
  const mayDispatch = mayCall(api['workOrders.create'].access, me.roles) && isOpen(request.state);
  const items = orders.data ?? [];

  return (
    <Section
      title={t('request.title')}
      count={orders.data ? items.length : undefined}
      testId="request-work-orders"
      actions={
        mayDispatch && (
          <Button variant="outlined" size="small" startIcon={<EngineeringOutlined />} onClick={() => setCreating(true)} data-testid="request-dispatch">
            {t('request.dispatch')}
          </Button>
        )
      }
    >
      {orders.data && items.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('request.none')}
        </Typography>
      )}
      <Stack spacing={1}>
        {items.map((order) => (
          <Stack key={order.id} direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 0.5 }} data-testid={`request-work-order-${order.number}`}>
            <Link component={RouterLink} to={`/work-orders/${order.id}`} underline="hover" sx={{ fontFamily: 'monospace', pt: 0.25 }}>
              {order.number}
            </Link>
            <WorkOrderStateChip state={order.state} testId={`request-work-order-${order.number}-state`} />
            {order.late && <LateChip />}
            <Typography variant="body2" sx={{ flex: 1, minWidth: 160, pt: 0.25 }}>
              {peopleText(order.technicians, t('separator')) || '—'}
            </Typography>
            <When row={order} />
          </Stack>
        ))}
      </Stack>
      {creating && <NewWorkOrderDialog request={request} onClose={() => setCreating(false)} onCreated={(order) => void navigate(`/work-orders/${order.id}`)} />}
    </Section>
  );
}
