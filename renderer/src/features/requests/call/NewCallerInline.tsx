// A caller the archive does not know, added inside the call form: name, kind, and the number being typed as the
// contact's phone (a field of its own here, so that what is wrong with it shows on it; it starts as the call's number). Customers with the same number or a similar name are offered first, as the customers screen does.
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
import { useEffect, useState, type KeyboardEvent } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_KINDS, type CustomerKind, type CustomerSummary, type DuplicateCandidate } from '../../../../../shared/api';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { call } from '../../../lib/api';
import { useApiForm } from '../../../lib/apiForm';
import { SearchResultRow } from '../../customer-search';
import { boxPhoneMessage } from './phoneMessages';

type NewCallerValues = { name: string; kind: CustomerKind; phone: string };

export function NewCallerInline({
  phone,
  phoneError,
  callerName,
  onCancel,
  onPick,
}: {
  phone: string;
  /** What the call form says under the caller's number: not said again under this box's copy of it. */
  phoneError?: string;
  callerName: string;
  onCancel: () => void;
  onPick: (customer: CustomerSummary) => void;
}) {
  const { t } = useTranslation(['requests', 'customers', 'common']);
  const [duplicates, setDuplicates] = useState<{ name: string; items: DuplicateCandidate[] } | null>(null);
  const phonesOf = (values: NewCallerValues) => (values.phone.trim() === '' ? [] : [values.phone.trim()]);
  /** An individual is their own contact; an organisation's is the caller, when named. */
  const contactOf = (values: NewCallerValues) => (values.kind === 'individual' ? values.name.trim() : callerName.trim() || values.name.trim());
  const { form, submit, busy, formError } = useApiForm({
    method: 'customers.create',
    defaultValues: { name: callerName, kind: 'individual', phone: phone.trim() } satisfies NewCallerValues as NewCallerValues,
    toInput: (values: NewCallerValues) => ({ name: values.name.trim(), kind: values.kind, contacts: [{ name: contactOf(values), phones: phonesOf(values) }] }),
    // The contact is made of the name and the number typed: what is said of them shows on those two fields.
    fieldOf: (path) => (path.startsWith('contacts.0.phones') ? 'phone' : path.startsWith('contacts') ? 'name' : undefined),
    // Customers with the same number or a similar name are offered first; creating again creates anyway.
    prepare: async (input, values) => {
      const name = values.name.trim();
      if (duplicates?.name === name) return input;
      const { items } = await call('customers.findDuplicates', { name, phones: phonesOf(values) });
      if (items.length === 0) return input;
      setDuplicates({ name, items });
      return null;
    },
    onSaved: (created, values) =>
      onPick({
        id: created.id,
        code: created.code,
        name: created.name,
        kind: created.kind,
        region: created.region,
        active: created.active,
        primaryContact: contactOf(values),
        primaryPhone: phonesOf(values)[0] ?? null,
        equipmentCount: 0,
        // The call is from the number the new customer was saved with.
        ...(phonesOf(values)[0] !== undefined && { matchedBy: 'phone' as const, matchedText: phonesOf(values)[0] }),
      }),
  });
  const { register, control, watch, formState: { errors } } = form;
  const phoneMessage = boxPhoneMessage({ value: phone, message: phoneError }, { value: watch('phone'), message: errors.phone?.message });
  // The call's number, changed while the box is open, is the new customer's too unless it was changed here.
  useEffect(() => {
    if (!form.getFieldState('phone').isDirty) form.setValue('phone', phone.trim());
  }, [form, phone]);
  const create = () => submit();

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
        {t('call.newCustomer')}
      </Typography>
      <Stack spacing={1.25}>
        <FormErrorAlert error={formError} />
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={t('customers:fields.name')}
            {...register('name')}
            autoFocus
            required
            error={!!errors.name}
            helperText={errors.name?.message}
            size="small"
            slotProps={{ htmlInput: { 'data-testid': 'call-new-customer-name' } }}
          />
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <RadioGroup row value={field.value} onChange={(event) => field.onChange(event.target.value as CustomerKind)} sx={{ flexShrink: 0, flexWrap: 'nowrap' }}>
                {CUSTOMER_KINDS.map((value) => (
                  <FormControlLabel
                    key={value}
                    value={value}
                    control={<Radio size="small" slotProps={{ input: { 'data-testid': `call-new-customer-kind-${value}` } as object }} />}
                    label={t(`customers:kinds.${value}`)}
                  />
                ))}
              </RadioGroup>
            )}
          />
        </Stack>
        <TextField
          label={t('customers:fields.primaryPhone')}
          {...register('phone')}
          error={!!errors.phone}
          helperText={phoneMessage}
          size="small"
          sx={{ maxWidth: 260 }}
          slotProps={{ htmlInput: { 'data-testid': 'call-new-customer-phone', inputMode: 'tel' } }}
        />
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
