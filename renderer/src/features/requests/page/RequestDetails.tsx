// What a request is about: the caller, the customer (a link to their page) and equipment, the description, what the
// caller reported of a fault; and who works on it: owner, department, the nature and plan decided, the answer given.
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ServiceRequest } from '../../../../../shared/api/requests';
import { useFormat } from '../../../lib/format';
import { useApiQuery } from '../../../lib/queries';
import { articleTitle } from '../../knowledge';
import { Section } from '../../../components/Section';
import { FieldGrid, FieldRow, orDash } from '../../../components/FieldGrid';

export function CallerCard({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  return (
    <Section title={t('page.call')} testId="request-call">
      <FieldGrid>
        <FieldRow label={t('fields.receivedAt')}>{format.dateTime(request.receivedAt)}</FieldRow>
        <FieldRow label={t('fields.channel')}>{t(`channels.${request.channel}`)}</FieldRow>
        <FieldRow label={t('fields.callerName')} testId="request-caller-name">
          {orDash(request.callerName)}
        </FieldRow>
        <FieldRow label={t('fields.callerPhone')} testId="request-caller-phone">
          {request.callerPhone}
        </FieldRow>
        <FieldRow label={t('fields.customer')} testId="request-customer">
          {request.customerId === null ? (
            t('page.noCustomer')
          ) : (
            <Link component={RouterLink} to={`/customers/${request.customerId}`} underline="hover" data-testid="request-customer-link">
              {request.customerName} ({request.customerCode})
            </Link>
          )}
        </FieldRow>
        <FieldRow label={t('fields.equipment')} testId="request-equipment">
          {orDash(request.equipmentLabel)}
        </FieldRow>
        <FieldRow label={t('fields.createdBy')}>{orDash(request.createdByName)}</FieldRow>
        <FieldRow label={t('fields.description')} multiline testId="request-description">
          {orDash(request.description)}
        </FieldRow>
      </FieldGrid>
    </Section>
  );
}

export function FaultCard({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  if (!request.fault) return null;
  const fault = request.fault;
  return (
    <Section title={t('fault.title')} testId="request-fault">
      <FieldGrid>
        <FieldRow label={t('fault.occurredAt')}>{fault.occurredAt === null ? '—' : format.dateTime(fault.occurredAt)}</FieldRow>
        <FieldRow label={t('fault.nature')}>{orDash(fault.nature)}</FieldRow>
        <FieldRow label={t('fault.category')}>{orDash(fault.category)}</FieldRow>
        <FieldRow label={t('fault.location')}>{orDash(fault.location)}</FieldRow>
        <FieldRow label={t('fault.impact')}>{orDash(fault.impact)}</FieldRow>
        <FieldRow label={t('fault.userActions')} multiline>
          {orDash(fault.userActions)}
        </FieldRow>
      </FieldGrid>
    </Section>
  );
}

/** The article a consultation was answered from: its number and title, a link to it. */
function ArticleLink({ id }: { id: number }) {
  const { t, i18n } = useTranslation('requests');
  const article = useApiQuery('knowledge.get', { id }, { staleTime: 60_000 });
  return (
    <Link component={RouterLink} to={`/knowledge/${id}`} underline="hover">
      {article.data ? `${article.data.number} ${articleTitle(article.data.publishedContent ?? article.data, i18n.language)}` : t('page.articleRef', { id })}
    </Link>
  );
}

export function WorkCard({ request, departmentName }: { request: ServiceRequest; departmentName: string | null }) {
  const { t } = useTranslation(['requests', 'common']);
  const format = useFormat();
  return (
    <Section title={t('page.work')} testId="request-work">
      <FieldGrid>
        <FieldRow label={t('fields.owner')} testId="request-owner">
          {orDash(request.ownerName)}
        </FieldRow>
        <FieldRow label={t('fields.department')} testId="request-department">
          {orDash(departmentName ?? request.departmentName)}
        </FieldRow>
        <FieldRow label={t('fields.nature')} testId="request-nature">
          {orDash(request.nature)}
        </FieldRow>
        <FieldRow label={t('fields.solution')} multiline testId="request-solution">
          {orDash(request.solution)}
        </FieldRow>
        <FieldRow label={t('fields.plannedBy')}>{request.plannedBy === null ? '—' : format.dateTime(request.plannedBy)}</FieldRow>
        {request.kind === 'fault' && <FieldRow label={t('fields.arrivedAt')}>{request.arrivedAt === null ? '—' : format.dateTime(request.arrivedAt)}</FieldRow>}
        <FieldRow label={t('fields.lastProgressAt')}>{request.lastProgressAt === null ? t('common:status.never') : format.dateTime(request.lastProgressAt)}</FieldRow>
        {request.answeredByArticleId !== null && (
          <FieldRow label={t('fields.article')} testId="request-article">
            <ArticleLink id={request.answeredByArticleId} />
          </FieldRow>
        )}
        {request.satisfied !== null && (
          <FieldRow label={t('fields.satisfied')} testId="request-satisfied">
            {t(request.satisfied ? 'confirm.satisfied' : 'confirm.notSatisfied')}
          </FieldRow>
        )}
        {request.closedAt !== null && <FieldRow label={t('fields.closedAt')}>{format.dateTime(request.closedAt)}</FieldRow>}
      </FieldGrid>
    </Section>
  );
}
