// A customer's page: who they are, contacts, sites and their missing handover documents, equipment and warranties,
// planned maintenance and the dedicated maintainers, documents, and the repair archive.
import CallMergeOutlined from '@mui/icons-material/CallMergeOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { api, mayCall, type CustomerPage as CustomerPageData, type Equipment, type Site } from '../../../../shared/api';
import { useCurrentUser } from '../../app/session';
import { LoadingBlock } from '../../components/LoadingBlock';
import { usePageTitle } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ApiCallError } from '../../lib/api';
import { useApiQuery } from '../../lib/queries';
import { AddDocumentDialog, DocumentsSection } from '../documents';
import { EquipmentDialog, EquipmentSection, RenewWarrantyDialog } from '../equipment';
import { ContactsCard } from './ContactsCard';
import { CustomerDialog } from './CustomerDialog';
import { MergeDialog } from './MergeDialog';
import { SiteDialog } from './SiteDialog';
import { SitesCard } from './SitesCard';
import { TimelineSection } from './TimelineSection';
import { CustomerComplaintButton } from '../complaints';
import { MaintenanceSection } from '../maintenance';

type Open =
  | { kind: 'edit' }
  | { kind: 'merge' }
  | { kind: 'site'; site: Site | null }
  | { kind: 'equipment'; unit: Equipment | null }
  | { kind: 'renew'; unit: Equipment }
  | { kind: 'document' }
  | null;

function MergedNotice({ page }: { page: CustomerPageData }) {
  const { t } = useTranslation('customers');
  const target = useApiQuery('customers.get', { id: page.customer.mergedInto ?? 0 }, { enabled: page.customer.mergedInto !== null });
  if (page.customer.mergedInto === null) return null;
  return (
    <Alert
      severity="info"
      data-testid="customer-merged"
      action={
        <Button color="inherit" size="small" component={RouterLink} to={`/customers/${page.customer.mergedInto}`}>
          {t('page.openMergedInto')}
        </Button>
      }
    >
      {t('page.mergedInto', { name: target.data?.customer.name ?? '', code: target.data?.customer.code ?? '' })}
    </Alert>
  );
}

function Header({ page, actions }: { page: CustomerPageData; actions: ReactNode }) {
  const { t } = useTranslation('customers');
  const { customer } = page;
  usePageTitle(customer.name);
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Typography variant="h1" component="h1" data-testid="page-title">
            {customer.name}
          </Typography>
          <Chip size="small" label={customer.code} sx={{ fontFamily: 'monospace' }} data-testid="customer-code" />
          <Chip size="small" variant="outlined" label={t(`kinds.${customer.kind}`)} />
          {customer.region && <Chip size="small" variant="outlined" label={customer.region} />}
          <Chip
            size="small"
            color={customer.active ? 'success' : 'default'}
            variant={customer.active ? 'outlined' : 'filled'}
            label={t(customer.active ? 'status.active' : 'status.inactive')}
          />
        </Stack>
        {customer.address && (
          <Stack direction="row" spacing={0.5} sx={{ mt: 0.75, alignItems: 'center', color: 'text.secondary' }}>
            <PlaceOutlined sx={{ fontSize: 16 }} />
            <Typography variant="body2">{customer.address}</Typography>
          </Stack>
        )}
        {customer.notes && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
            {customer.notes}
          </Typography>
        )}
      </Box>
      <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
        {actions}
      </Stack>
    </Stack>
  );
}

export function CustomerPage() {
  const { t } = useTranslation(['customers', 'common']);
  const params = useParams();
  const id = Number(params.id);
  const me = useCurrentUser();
  const valid = Number.isInteger(id) && id > 0;
  const query = useApiQuery('customers.get', { id: valid ? id : 1 }, { enabled: valid });
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  if (!valid) return <QueryError error={new ApiCallError({ code: 'not_found', message: 'No such customer' })} />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const page = query.data;
  const merged = page.customer.mergedInto !== null;
  const editable = !merged && mayCall(api['customers.update'].access, me.roles);
  const mayMerge = !merged && mayCall(api['customers.merge'].access, me.roles);

  return (
    <Stack spacing={2} data-testid="customer-page">
      <BackLink to="/customers">{t('page.back')}</BackLink>
      <Header
        page={page}
        actions={
          <>
            {editable && (
              <Button variant="outlined" startIcon={<EditOutlined />} onClick={() => setOpen({ kind: 'edit' })} data-testid="customer-edit">
                {t('common:actions.edit')}
              </Button>
            )}
            {!merged && <CustomerComplaintButton customer={page.customer} />}
            {mayMerge && (
              <Button variant="outlined" color="warning" startIcon={<CallMergeOutlined />} onClick={() => setOpen({ kind: 'merge' })} data-testid="customer-merge">
                {t('merge.action')}
              </Button>
            )}
          </>
        }
      />
      <MergedNotice page={page} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(260px, 1fr) minmax(0, 2fr)' }, alignItems: 'start' }}>
        <ContactsCard contacts={page.customer.contacts} />
        <SitesCard
          sites={page.sites}
          equipment={page.equipment}
          editable={editable}
          onAdd={() => setOpen({ kind: 'site', site: null })}
          onEdit={(site) => setOpen({ kind: 'site', site })}
        />
      </Box>
      <EquipmentSection
        equipment={page.equipment}
        sites={page.sites}
        editable={editable}
        onAdd={() => setOpen({ kind: 'equipment', unit: null })}
        onEdit={(unit) => setOpen({ kind: 'equipment', unit })}
        onRenew={(unit) => setOpen({ kind: 'renew', unit })}
      />
      <MaintenanceSection customerId={page.customer.id} customerName={page.customer.name} equipment={page.equipment} />
      <DocumentsSection documents={page.documents} sites={page.sites} equipment={page.equipment} editable={editable} onAdd={() => setOpen({ kind: 'document' })} />
      <TimelineSection customerId={page.customer.id} equipment={page.equipment} />

      {open?.kind === 'edit' && <CustomerDialog customer={page.customer} onClose={close} />}
      {open?.kind === 'merge' && <MergeDialog source={page} onClose={close} />}
      {open?.kind === 'site' && <SiteDialog customerId={page.customer.id} site={open.site} defaultRegion={page.customer.region} onClose={close} />}
      {open?.kind === 'equipment' && <EquipmentDialog customerId={page.customer.id} unit={open.unit} sites={page.sites} onClose={close} />}
      {open?.kind === 'renew' && <RenewWarrantyDialog customerId={page.customer.id} unit={open.unit} onClose={close} />}
      {open?.kind === 'document' && <AddDocumentDialog customerId={page.customer.id} sites={page.sites} equipment={page.equipment} onClose={close} />}
    </Stack>
  );
}
