// Creating a customer (warned of possible duplicates first) or changing one against the version read.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import PersonRemoveOutlined from '@mui/icons-material/PersonRemoveOutlined';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { CUSTOMER_KINDS, idSchema, type Customer, type DuplicateCandidate } from '../../../../shared/api';
import { phoneInputSchema } from '../../../../shared/api/customers';
import { normalizePhone } from '../../../../shared/customers/phones';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { applyApiError } from '../../lib/errors';
import { translatedResolver } from '../../lib/form';
import { useVersionedSave } from '../../lib/formSave';
import { useApiQuery, useRefreshReads } from '../../lib/queries';
import { DuplicatesPanel } from './DuplicatesPanel';

const text = (max: number) => z.string().trim().max(max);
const contactForm = z.object({
  contactId: idSchema.optional(),
  name: z.string().trim().min(1).max(60),
  title: text(60),
  email: z.union([z.literal(''), z.string().trim().max(120).email({ message: 'validation.email' })]),
  phones: z.array(z.object({ value: z.union([z.literal(''), phoneInputSchema]) })).max(10),
});
const customerForm = z.object({
  name: z.string().trim().min(1).max(120),
  kind: z.enum(CUSTOMER_KINDS),
  region: text(60),
  address: text(300),
  notes: text(4000),
  active: z.boolean(),
  contacts: z.array(contactForm).max(20),
  siteName: text(120),
  siteAddress: text(300),
});
type FormInput = z.input<typeof customerForm>;
type FormOutput = z.output<typeof customerForm>;

const emptyContact = (): FormInput['contacts'][number] => ({ name: '', title: '', email: '', phones: [{ value: '' }] });

function defaults(customer: Customer | null): FormInput {
  return {
    name: customer?.name ?? '',
    kind: customer?.kind ?? 'organization',
    region: customer?.region ?? '',
    address: customer?.address ?? '',
    notes: customer?.notes ?? '',
    active: customer?.active ?? true,
    contacts: customer
      ? customer.contacts.map((contact) => ({
          contactId: contact.id,
          name: contact.name,
          title: contact.title,
          email: contact.email,
          phones: contact.phones.length > 0 ? contact.phones.map((phone) => ({ value: phone.number })) : [{ value: '' }],
        }))
      : [emptyContact()],
    siteName: '',
    siteAddress: '',
  };
}

const contactsOf = (values: FormOutput) =>
  values.contacts.map((contact) => ({
    ...(contact.contactId !== undefined && { id: contact.contactId }),
    name: contact.name,
    title: contact.title,
    email: contact.email,
    phones: contact.phones.map((phone) => phone.value).filter((phone) => phone !== ''),
  }));

/** The fields a server issue can land on: `contacts.0.phones.1` is the form's `contacts.0.phones.1.value`. */
function formPath(path: string): string {
  if (/^contacts\.\d+\.phones\.\d+$/.test(path)) return `${path}.value`;
  if (path.startsWith('sites.0.')) return path === 'sites.0.address' ? 'siteAddress' : 'siteName';
  return path.split('.').length > 1 && !path.startsWith('contacts.') ? (path.split('.')[0] ?? path) : path;
}

function fieldNamesOf(values: FormInput): string[] {
  const names = ['name', 'kind', 'region', 'address', 'notes', 'active', 'siteName', 'siteAddress'];
  values.contacts.forEach((contact, c) => {
    names.push(`contacts.${c}.name`, `contacts.${c}.title`, `contacts.${c}.email`);
    contact.phones.forEach((_phone, p) => names.push(`contacts.${c}.phones.${p}.value`));
  });
  return names;
}

function ContactPhones({
  index,
  control,
  register,
  errors,
}: {
  index: number;
  control: Control<FormInput, unknown, FormOutput>;
  register: UseFormRegister<FormInput>;
  errors: FieldErrors<FormInput>;
}) {
  const { t } = useTranslation('customers');
  const phones = useFieldArray({ control, name: `contacts.${index}.phones` });
  return (
    <Stack spacing={1}>
      {phones.fields.map((phone, p) => (
        <Stack key={phone.id} direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={t('fields.phone', { n: p + 1 })}
            {...register(`contacts.${index}.phones.${p}.value`)}
            error={!!errors.contacts?.[index]?.phones?.[p]?.value}
            helperText={errors.contacts?.[index]?.phones?.[p]?.value?.message}
            slotProps={{ htmlInput: { 'data-testid': `contact-${index}-phone-${p}`, inputMode: 'tel' } }}
          />
          <Tooltip title={t('dialog.removePhone')}>
            <span>
              <IconButton size="small" onClick={() => phones.remove(p)} aria-label={t('dialog.removePhone')} sx={{ mt: 0.5 }}>
                <DeleteOutlineOutlined fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
        </Stack>
      ))}
      <Box>
        <Button size="small" startIcon={<AddOutlined />} onClick={() => phones.append({ value: '' })} disabled={phones.fields.length >= 10} data-testid={`contact-${index}-add-phone`}>
          {t('dialog.addPhone')}
        </Button>
      </Box>
    </Stack>
  );
}

export function CustomerDialog({ customer, onClose }: { customer: Customer | null; onClose: () => void }) {
  const { t } = useTranslation(['customers', 'common']);
  const refreshReads = useRefreshReads();
  const navigate = useNavigate();
  const notify = useNotify();
  const regions = useApiQuery('customers.regions', {});
  const resolver = useMemo(() => translatedResolver<FormInput, FormOutput>(customerForm, t), [t]);
  const { register, control, handleSubmit, setError, getValues, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver,
    defaultValues: defaults(customer),
  });
  const { errors, isSubmitting } = formState;
  const contacts = useFieldArray({ control, name: 'contacts' });
  const [warned, setWarned] = useState<{ signature: string; items: DuplicateCandidate[] } | null>(null);
  const { version, formError, conflict, save, loadLatest } = useVersionedSave({
    version: customer?.version ?? 0,
    fetchLatestVersion: customer
      ? async () => {
          const page = await call('customers.get', { id: customer.id });
          void refreshReads('customers.update');
          return page.customer.version;
        }
      : undefined,
    messageOf: (error) => applyApiError(t, error, setError, fieldNamesOf(getValues()), formPath),
  });

  const onSubmit = handleSubmit((values) =>
    save(async () => {
      const contactList = contactsOf(values);
      if (customer) {
        const saved = await call('customers.update', {
          id: customer.id,
          version,
          name: values.name,
          kind: values.kind,
          region: values.region,
          address: values.address,
          notes: values.notes,
          active: values.active,
          contacts: contactList,
        });
        notify(t('updated', { name: saved.name }));
        onClose();
        return;
      }
      const phones = contactList.flatMap((contact) => contact.phones);
      const signature = JSON.stringify([values.name, phones.map(normalizePhone).sort()]);
      if (warned?.signature !== signature) {
        const { items } = await call('customers.findDuplicates', { name: values.name, phones });
        if (items.length > 0) {
          setWarned({ signature, items });
          return;
        }
      }
      const created = await call('customers.create', {
        name: values.name,
        kind: values.kind,
        region: values.region,
        address: values.address,
        notes: values.notes,
        contacts: contactList,
        ...(values.siteName !== '' && { sites: [{ name: values.siteName, address: values.siteAddress, region: values.region }] }),
      });
      notify(t('created', { name: created.name, code: created.code }));
      onClose();
      void navigate(`/customers/${created.id}`);
    }),
  );

  const openExisting = (item: DuplicateCandidate) => {
    onClose();
    void navigate(`/customers/${item.id}`);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" slotProps={{ paper: { 'data-testid': 'customer-dialog' } as object }}>
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle>{customer ? t('dialog.editTitle', { name: customer.name }) : t('dialog.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} onLoadLatest={loadLatest} />
            {warned && <DuplicatesPanel items={warned.items} onOpen={openExisting} />}
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField
                label={t('fields.name')}
                {...register('name')}
                required
                error={!!errors.name}
                helperText={errors.name?.message}
                autoFocus={!customer}
                slotProps={{ htmlInput: { 'data-testid': 'customer-name' } }}
              />
              <Controller
                control={control}
                name="kind"
                render={({ field }) => (
                  <RadioGroup row value={field.value} onChange={(event) => field.onChange(event.target.value)} sx={{ flexShrink: 0, flexWrap: 'nowrap' }}>
                    {CUSTOMER_KINDS.map((kind) => (
                      <FormControlLabel
                        key={kind}
                        value={kind}
                        control={<Radio size="small" slotProps={{ input: { 'data-testid': `customer-kind-${kind}` } as object }} />}
                        label={t(`kinds.${kind}`)}
                      />
                    ))}
                  </RadioGroup>
                )}
              />
            </Stack>
            <Stack direction="row" spacing={2}>
              <Controller
                control={control}
                name="region"
                render={({ field }) => (
                  <Autocomplete
                    freeSolo
                    options={regions.data?.items ?? []}
                    inputValue={field.value}
                    onInputChange={(_event, value) => field.onChange(value)}
                    sx={{ width: 220, flexShrink: 0 }}
                    renderInput={(params) => (
                      <TextField
                        {...params}
                        label={t('fields.region')}
                        error={!!errors.region}
                        helperText={errors.region?.message}
                        slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'customer-region' } }}
                      />
                    )}
                  />
                )}
              />
              <TextField
                label={t('fields.address')}
                {...register('address')}
                error={!!errors.address}
                helperText={errors.address?.message}
                slotProps={{ htmlInput: { 'data-testid': 'customer-address' } }}
              />
            </Stack>
            <TextField label={t('fields.notes')} {...register('notes')} multiline minRows={2} error={!!errors.notes} helperText={errors.notes?.message} />
            {customer && (
              <Controller
                control={control}
                name="active"
                render={({ field }) => (
                  <FormControlLabel
                    control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />}
                    label={t('dialog.active')}
                  />
                )}
              />
            )}
            <Divider />
            <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography variant="h3">{t('sections.contacts')}</Typography>
              <Button size="small" startIcon={<AddOutlined />} onClick={() => contacts.append(emptyContact())} data-testid="customer-add-contact">
                {t('dialog.addContact')}
              </Button>
            </Stack>
            {contacts.fields.map((contact, index) => (
              <Paper key={contact.id} variant="outlined" sx={{ p: 1.5 }} data-testid={`contact-${index}`}>
                <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                  <Stack spacing={1.5} sx={{ flex: 1 }}>
                    <Stack direction="row" spacing={1.5}>
                      <TextField
                        label={t('fields.contactName')}
                        {...register(`contacts.${index}.name`)}
                        required
                        error={!!errors.contacts?.[index]?.name}
                        helperText={errors.contacts?.[index]?.name?.message}
                        slotProps={{ htmlInput: { 'data-testid': `contact-${index}-name` } }}
                      />
                      <TextField label={t('fields.contactTitle')} {...register(`contacts.${index}.title`)} error={!!errors.contacts?.[index]?.title} helperText={errors.contacts?.[index]?.title?.message} />
                    </Stack>
                    <TextField
                      label={t('fields.email')}
                      type="email"
                      {...register(`contacts.${index}.email`)}
                      error={!!errors.contacts?.[index]?.email}
                      helperText={errors.contacts?.[index]?.email?.message}
                    />
                  </Stack>
                  <Box sx={{ width: 260, flexShrink: 0 }}>
                    <ContactPhones index={index} control={control} register={register} errors={errors} />
                  </Box>
                  <Tooltip title={t('dialog.removeContact')}>
                    <IconButton size="small" onClick={() => contacts.remove(index)} aria-label={t('dialog.removeContact')}>
                      <PersonRemoveOutlined fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </Stack>
              </Paper>
            ))}
            {!customer && (
              <>
                <Divider />
                <Typography variant="h3">{t('dialog.firstSite')}</Typography>
                <Stack direction="row" spacing={2}>
                  <TextField
                    label={t('fields.siteName')}
                    {...register('siteName')}
                    error={!!errors.siteName}
                    helperText={errors.siteName?.message ?? t('dialog.firstSiteHelp')}
                    slotProps={{ htmlInput: { 'data-testid': 'customer-site-name' } }}
                  />
                  <TextField label={t('fields.siteAddress')} {...register('siteAddress')} error={!!errors.siteAddress} helperText={errors.siteAddress?.message} />
                </Stack>
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          {customer && (
            <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto' }}>
              {t('users:dialog.version', { version })}
            </Typography>
          )}
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={isSubmitting} color={warned ? 'warning' : 'primary'} data-testid="customer-save">
            {warned ? t('duplicates.saveAnyway') : t('common:actions.save')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
