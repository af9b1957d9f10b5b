// Who called about a routed record (a difficult question, a suggestion): the caller, the customer and the call, linked.
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { LabelledValue } from '../../components/LabelledValue';

export interface CallerOfRecord {
  callerName: string;
  callerPhone: string;
  customerId: number | null;
  customerName: string | null;
  customerCode: string | null;
  requestId: number | null;
  requestNumber: string | null;
}

export function CallerFields({ record }: { record: CallerOfRecord }) {
  const { t } = useTranslation('questions');
  return (
    <>
      <LabelledValue label={t('fields.caller')}>{[record.callerName, record.callerPhone].filter(Boolean).join(' · ') || t('none')}</LabelledValue>
      <LabelledValue label={t('fields.customer')}>
        {record.customerId !== null ? (
          <Link component={RouterLink} to={`/customers/${record.customerId}`}>
            {record.customerName} · {record.customerCode}
          </Link>
        ) : (
          t('none')
        )}
      </LabelledValue>
      {record.requestId !== null && (
        <LabelledValue label={t('fields.request')}>
          <Link component={RouterLink} to={`/requests/${record.requestId}`}>
            {record.requestNumber}
          </Link>
        </LabelledValue>
      )}
    </>
  );
}
