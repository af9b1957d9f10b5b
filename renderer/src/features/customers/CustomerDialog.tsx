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
import { useState } from 'react';
import { Controller, useFieldArray, type Control, type FieldErrors, type Path, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useNavigate } from 'react-router-dom';
import { CUSTOMER_KINDS, type Customer, type CustomerKind, type DuplicateCandidate } from '../../../../shared/api';
import { normalizePhone } from '../../../../shared/customers/phones';
import { useNotify } from '../../app/notify';
import { inputMaxLength } from '../../../../shared/api/limits';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LongTextField } from '../../components/LongTextField';
import { SubmitButton } from '../../components/SubmitButton';
import { TheirChangesAlert } from '../../components/TheirChangesAlert';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';
import { editablePhone } from '../../lib/phone';
import { useApiQuery } from '../../lib/queries';
import { DuplicatesPanel } from './DuplicatesPanel';

interface ContactValues {
  contactId?: number;
  name: string;
  title: string;
  email: string;
  /** Each number in a box of its own; a box left empty is not sent. */
  phones: Array<{ value: string }>;
}
interface CustomerValues {
  name: string;
  kind: CustomerKind;
  region: string;
  address: string;
  notes: string;
  active: boolean;
  contacts: ContactValues[];
  /** A new customer's first site (none when its name is left empty). */
  siteName: string;
  siteAddress: string;
}

const emptyContact = (): ContactValues => ({ name: '', title: '', email: '', phones: [{ value: '' }] });

/** The form's values for a customer (or a new one); a number with an extension is edited as one text (`… 转 8012`). */
function defaults(customer: Customer | null, t: TFunction): CustomerValues {
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
          phones: contact.phones.length > 0 ? contact.phones.map((phone) => ({ value: editablePhone(t, phone.number, phone.extension) })) : [{ value: '' }],
        }))
      : [emptyContact()],
    siteName: '',
    siteAddress: '',
  };
}

/** The boxes of a contact that hold a number, by their place on the form: what is sent, in order. */
const typedPhones = (contact: ContactValues) =>
  contact.phones.map((phone, box) => ({ number: phone.value, box })).filter((phone) => phone.number.trim() !== '');

const contactsOf = (values: CustomerValues) =>
  values.contacts.map((contact) => ({
    ...(contact.contactId !== undefined && { id: contact.contactId }),
    name: contact.name,
    title: contact.title,
    email: contact.email,
    phones: typedPhones(contact).map((phone) => phone.number),
  }));

/** The field an input path lands on: `contacts.0.phones.1` is the box of the contact's second number typed. */
function fieldOf(path: string, values: CustomerValues): Path<CustomerValues> | null | undefined {
  const phone = /^contacts\.(\d+)\.phones\.(\d+)$/.exec(path);
  if (phone) {
    const contact = values.contacts[Number(phone[1])];
    const box = contact ? typedPhones(contact)[Number(phone[2])]?.box : undefined;
    return box === undefined ? null : `contacts.${Number(phone[1])}.phones.${box}.value`;
  }
  const contactField = /^contacts\.(\d+)\.(name|title|email)$/.exec(path);
  if (contactField) return `contacts.${Number(contactField[1])}.${contactField[2] as 'name' | 'title' | 'email'}`;
  if (path.startsWith('contacts')) return null;
  if (path.startsWith('sites')) return path === 'sites.0.address' ? 'siteAddress' : 'siteName';
  return undefined;
}

function ContactPhones({
  index,
  control,
  register,
  errors,
}: {
  index: number;
  control: Control<CustomerValues>;
  register: UseFormRegister<CustomerValues>;
  errors: FieldErrors<CustomerValues>;
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
  const navigate = useNavigate();
  const notify = useNotify();
  const regions = useApiQuery('customers.regions', {});
  const [warned, setWarned] = useState<{ signature: string; items: DuplicateCandidate[] } | null>(null);
  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, theirChanges, askBeforeClosing } = useApiForm({
    method: customer ? 'customers.update' : 'customers.create',
    defaultValues: defaults(customer, t),
    toInput: (values: CustomerValues, version) => {
      const fields = { name: values.name, kind: values.kind, region: values.region, address: values.address, notes: values.notes, contacts: contactsOf(values) };
      if (customer) return { id: customer.id, version, ...fields, active: values.active };
      return {
        ...fields,
        ...(values.siteName.trim() !== '' && { sites: [{ name: values.siteName, address: values.siteAddress, region: values.region }] }),
      };
    },
    fieldOf,
    versioned: customer
      ? {
          version: customer.version,
          latest: async () => {
            const latest = (await call('customers.get', { id: customer.id })).customer;
            return { version: latest.version, values: defaults(latest, t) };
          },
        }
      : undefined,
    // A new customer is first compared with the archive: possible duplicates are shown, and saving again saves anyway.
    prepare: async (input, values) => {
      if (customer) return input;
      const name = values.name.trim();
      const phones = contactsOf(values).flatMap((contact) => contact.phones.map((phone) => phone.trim()));
      const signature = JSON.stringify([name, phones.map(normalizePhone).sort()]);
      if (warned?.signature === signature) return input;
      const { items } = await call('customers.findDuplicates', { name, phones });
      if (items.length === 0) return input;
      setWarned({ signature, items });
      return null;
    },
    onSaved: (saved) => {
      if (customer) {
        notify(t('updated', { name: saved.name }));
        onClose();
        return;
      }
      notify(t('created', { name: saved.name, code: saved.code }));
      onClose();
      void navigate(`/customers/${saved.id}`);
    },
  });
  const { register, control, formState: { errors } } = form;
  const contacts = useFieldArray({ control, name: 'contacts' });

  const openExisting = (item: DuplicateCandidate) =>
    askBeforeClosing(() => {
      onClose();
      void navigate(`/customers/${item.id}`);
    })();

  return (
    <Dialog open onClose={askBeforeClosing(onClose)} maxWidth="md" slotProps={{ paper: { 'data-testid': 'customer-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{customer ? t('dialog.editTitle', { name: customer.name }) : t('dialog.createTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
            <TheirChangesAlert
              changes={theirChanges}
              words={{
                labels: { name: t('fields.name'), kind: t('fields.kind'), region: t('fields.region'), address: t('fields.address'), notes: t('fields.notes'), active: t('fields.status'), contacts: t('sections.contacts') },
                show: (field, value) => (field === 'kind' ? t(`kinds.${value as CustomerKind}`) : undefined),
              }}
            />
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
            <LongTextField label={t('fields.notes')} {...register('notes')} text={form.watch('notes')} max={inputMaxLength(customer ? 'customers.update' : 'customers.create', 'notes')} minRows={2} error={!!errors.notes} helperText={errors.notes?.message} testId="customer-notes" />
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
          <Button onClick={askBeforeClosing(onClose)}>{t('common:actions.cancel')}</Button>
          <SubmitButton busy={busy} color={warned ? 'warning' : 'primary'} data-testid="customer-save">
            {warned ? t('duplicates.saveAnyway') : t('common:actions.save')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
