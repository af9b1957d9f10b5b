// A caller the archive does not know, added inside the call form: name, kind, and the number being typed as the
// contact's phone. Customers with the same number or a similar name are offered first, as the customers screen does.
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_KINDS, type CustomerKind, type CustomerSummary, type DuplicateCandidate } from '../../../../../shared/api';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { call } from '../../../lib/api';
import { apiErrorOf, errorMessage } from '../../../lib/errors';
import { SearchResultRow } from '../../customer-search';

export function NewCallerInline({
  phone,
  callerName,
  onCancel,
  onPick,
}: {
  phone: string;
  callerName: string;
  onCancel: () => void;
  onPick: (customer: CustomerSummary) => void;
}) {
  const { t } = useTranslation(['requests', 'customers', 'common']);
  const [name, setName] = useState(callerName);
  const [kind, setKind] = useState<CustomerKind>('individual');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<{ name: string; items: DuplicateCandidate[] } | null>(null);

  const create = async () => {
    const trimmed = name.trim();
    if (trimmed === '') {
      setNameError(t('errors:validation.required'));
      return;
    }
    setBusy(true);
    setError(null);
    setNameError(null);
    try {
      const phones = phone.trim() === '' ? [] : [phone.trim()];
      if (duplicates?.name !== trimmed) {
        const { items } = await call('customers.findDuplicates', { name: trimmed, phones });
        if (items.length > 0) {
          setDuplicates({ name: trimmed, items });
          return;
        }
      }
      const contactName = kind === 'individual' ? trimmed : callerName.trim() || trimmed;
      const created = await call('customers.create', { name: trimmed, kind, contacts: [{ name: contactName, phones }] });
      onPick({
        id: created.id,
        code: created.code,
        name: created.name,
        kind: created.kind,
        region: created.region,
        active: created.active,
        primaryContact: contactName,
        primaryPhone: phones[0] ?? null,
        equipmentCount: 0,
      });
    } catch (failure) {
      const field = apiErrorOf(failure).details?.fields?.find((issue) => issue.path === 'name');
      if (field) setNameError(t(`errors:${field.key}`, field.params ?? {}));
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  // Enter (Ctrl+Enter too) inside this box creates the customer, not the request, whose form keeps what was typed
  // here; Escape closes the box, not the form.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      void create();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} onKeyDown={onKeyDown} data-testid="call-new-customer-box">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {t('call.newCustomerTitle', { phone: phone.trim() })}
      </Typography>
      <Stack spacing={1.25}>
        <FormErrorAlert error={error} />
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={t('customers:fields.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoFocus
            required
            error={!!nameError}
            helperText={nameError}
            size="small"
            slotProps={{ htmlInput: { 'data-testid': 'call-new-customer-name' } }}
          />
          <RadioGroup row value={kind} onChange={(event) => setKind(event.target.value as CustomerKind)} sx={{ flexShrink: 0, flexWrap: 'nowrap' }}>
            {CUSTOMER_KINDS.map((value) => (
              <FormControlLabel
                key={value}
                value={value}
                control={<Radio size="small" slotProps={{ input: { 'data-testid': `call-new-customer-kind-${value}` } as object }} />}
                label={t(`customers:kinds.${value}`)}
              />
            ))}
          </RadioGroup>
        </Stack>
        {duplicates && (
          <Paper variant="outlined" sx={{ borderColor: 'warning.main' }} data-testid="call-new-customer-duplicates">
            <Typography variant="body2" sx={{ px: 1.5, pt: 1 }}>
              {t('call.duplicatesFound', { count: duplicates.items.length })}
            </Typography>
            <List dense disablePadding>
              {duplicates.items.map((item) => (
                <ListItemButton key={item.id} onClick={() => onPick(item)} data-testid={`call-duplicate-${item.code}`}>
                  <SearchResultRow item={item} query="" />
                </ListItemButton>
              ))}
            </List>
          </Paper>
        )}
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button size="small" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button size="small" variant="contained" onClick={() => void create()} disabled={busy} data-testid="call-new-customer-save">
            {duplicates ? t('call.createAnyway') : t('call.createAndUse')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
