// 维修档案: the customer's repair archive on their page, newest first, page by page.
import { useTranslation } from 'react-i18next';
import type { Equipment } from '../../../../shared/api';
import { Section } from '../../components/Section';
import { TimelineEvents } from '../timeline';

const PAGE = 50;

export function TimelineSection({ customerId, equipment }: { customerId: number; equipment: Equipment[] }) {
  const { t } = useTranslation('customers');
  return (
    <Section title={t('sections.timeline')} testId="customer-timeline">
      <TimelineEvents owner={{ customerId }} pageSize={PAGE} equipment={equipment} />
    </Section>
  );
}
