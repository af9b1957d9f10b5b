// 客户: the one search box first (what the hotline does on every call), then the list with its filters.
import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../../app/session';
import { CustomerDialog } from './CustomerDialog';
import { CustomerList } from './CustomerList';
import { SearchBox } from '../customer-search';

export function CustomersPage() {
  const { t } = useTranslation('customers');
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [searching, setSearching] = useState(false);
  const mayCreate = mayCall(api['customers.create'].access, me.roles);

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          mayCreate && (
            <Button variant="contained" startIcon={<PersonAddAlt1Outlined />} onClick={() => setCreating(true)} data-testid="customer-create">
              {t('create')}
            </Button>
          )
        }
      />
      <Stack spacing={2.5}>
        <SearchBox
          variant="page"
          testId="customer-search"
          autoFocus
          onOpen={(item) => void navigate(`/customers/${item.id}`)}
          onQueryChange={(query) => setSearching(query.trim() !== '')}
        />
        {!searching && <CustomerList />}
      </Stack>
      {creating && <CustomerDialog customer={null} onClose={() => setCreating(false)} />}
    </>
  );
}
