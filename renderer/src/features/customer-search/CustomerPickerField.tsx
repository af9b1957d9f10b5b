// Linking a customer to a record: the chosen one as a chip (remove to change), else the customer search box.
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SearchBox } from './SearchBox';

export interface PickedCustomer {
  id: number;
  name: string;
  code: string;
}

export function CustomerPickerField({ value, onChange, label }: { value: PickedCustomer | null; onChange: (customer: PickedCustomer | null) => void; label: string }) {
  const { t } = useTranslation('questions');
  return (
    <Stack spacing={0.75}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      {value ? (
        <Stack direction="row">
          <Chip label={`${value.name} · ${value.code}`} onDelete={() => onChange(null)} data-testid="picked-customer" />
        </Stack>
      ) : (
        <SearchBox variant="picker" testId="record-customer-search" onOpen={(item) => onChange({ id: item.id, name: item.name, code: item.code })} />
      )}
      {!value && (
        <Typography variant="caption" color="text.secondary">
          {t('form.customerOptional')}
        </Typography>
      )}
    </Stack>
  );
}
