// On a complaint call's page: the complaint forms filled from it, and for the agent "fill a complaint form",
// prefilled with the call's customer, caller, phone and words, and tied to the request.
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import type { ServiceRequest } from '../../../../shared/api/requests';
import { useCurrentUser } from '../../app/session';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { Section } from '../../components/Section';
import { ComplaintDialog } from './ComplaintDialog';
import { ComplaintStateChip } from './parts';
import { DueText } from '../../components/Deadline';

export function RequestComplaints({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation(['complaints']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const format = useFormat();
  const [filling, setFilling] = useState(false);
  const mayRead = mayCall(api['complaints.list'].access, me.roles);
  const mayFill = mayCall(api['complaints.create'].access, me.roles) && request.state !== 'cancelled';
  const forms = useApiQuery('complaints.list', { requestId: request.id, limit: 20 }, { enabled: mayRead && request.kind === 'complaint' });
  if (request.kind !== 'complaint' || !mayRead) return null;
  const items = forms.data?.items ?? [];

  return (
    <Section
      title={t('request.title')}
      count={forms.data ? items.length : undefined}
      testId="request-complaints"
      actions={
        mayFill && (
          <Button variant="outlined" size="small" startIcon={<PostAddOutlined />} onClick={() => setFilling(true)} data-testid="follow-up-complaint">
            {t('fill.action')}
          </Button>
        )
      }
    >
      {forms.data && items.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('request.none')}
        </Typography>
      )}
      <Stack spacing={0.75}>
        {items.map((form) => (
          <Stack key={form.id} direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }} data-testid={`request-complaint-${form.number}`}>
            <Link component={RouterLink} to={`/complaints/${form.id}`} underline="hover" sx={{ fontFamily: 'monospace' }}>
              {form.number}
            </Link>
            <ComplaintStateChip state={form.state} />
            <Typography variant="body2" sx={{ flex: 1, minWidth: 0 }} noWrap title={form.content}>
              {form.complainant} · {form.content}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {format.dateTime(form.receivedAt)}
            </Typography>
            <Typography variant="body2" component="span">
              <DueText dueAt={form.dueAt} overdue={form.overdue} />
            </Typography>
          </Stack>
        ))}
      </Stack>
      {filling && (
        <ComplaintDialog
          prefill={{
            customer: request.customerId !== null ? { id: request.customerId, name: request.customerName ?? '', code: request.customerCode ?? '' } : null,
            complainant: request.callerName,
            contactPhone: request.callerPhone,
            content: [request.subject, request.description].filter((part) => part.trim() !== '').join('\n'),
            requestId: request.id,
            requestNumber: request.number,
          }}
          onClose={() => setFilling(false)}
          onCreated={(created) => void navigate(`/complaints/${created.id}`)}
        />
      )}
    </Section>
  );
}
