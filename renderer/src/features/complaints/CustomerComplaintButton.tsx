// On a customer's page: "fill a complaint form" for this customer, with the first contact offered as the complainant.
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import type { Customer } from '../../../../shared/api/customers';
import { useCurrentUser } from '../../app/session';
import { ComplaintDialog } from './ComplaintDialog';

export function CustomerComplaintButton({ customer }: { customer: Pick<Customer, 'id' | 'name' | 'code' | 'contacts'> }) {
  const { t } = useTranslation('complaints');
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [filling, setFilling] = useState(false);
  if (!mayCall(api['complaints.create'].access, me.roles)) return null;
  const contact = customer.contacts[0];
  return (
    <>
      <Button variant="outlined" startIcon={<PostAddOutlined />} onClick={() => setFilling(true)} data-testid="customer-complaint">
        {t('fill.action')}
      </Button>
      {filling && (
        <ComplaintDialog
          prefill={{
            customer: { id: customer.id, name: customer.name, code: customer.code },
            complainant: contact?.name ?? '',
            contactPhone: contact?.phones[0]?.number ?? '',
          }}
          onClose={() => setFilling(false)}
          onCreated={(created) => void navigate(`/complaints/${created.id}`)}
        />
      )}
    </>
  );
}
