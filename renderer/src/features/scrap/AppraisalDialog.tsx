// 组成临时技术鉴定小组: the temporary technical appraisal group of a draft, at least MIN_APPRAISERS members, each a user of
// the console picked by name or a name typed (an outside expert), with a title. Blank rows are left out; the group is
// refused as a whole when it is too small, and a member on their own row.
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ScrapRecord } from '../../../../shared/api/scrap';
import type { Colleague } from '../../../../shared/api/users';
import { MIN_APPRAISERS } from '../../../../shared/scrap/workflow';
import { call } from '../../lib/api';
import type { FieldOf } from '../../lib/apiForm';
import { useApiQuery } from '../../lib/queries';
import { FieldsStepDialog, useStepForm } from '../../components/FieldsStepDialog';
import { appraisersInput, EMPTY_MEMBER, pickUser, rowOfAppraiser, typeName, type MemberRow } from './appraisers';

interface GroupValues {
  members: MemberRow[];
}

const formSchema = z.object({
  members: z.array(z.custom<MemberRow>()).refine((rows) => appraisersInput(rows).length >= MIN_APPRAISERS, {
    // Two, as MIN_APPRAISERS says (the form's own messages take no values).
    message: 'scrap:steps.startAppraisal.atLeast',
  }),
});

export function AppraisalDialog({ record, me, onClose, onSaved }: { record: ScrapRecord; me: { id: number; displayName: string }; onClose: () => void; onSaved: (saved: ScrapRecord) => void }) {
  const { t } = useTranslation('scrap');
  const users = useApiQuery('users.directory', {});
  const colleagues = users.data?.items ?? [];
  // The organising clerk is usually one of the group: the first row starts with them.
  const first: MemberRow = record.appraisers[0] ? { userId: record.appraisers[0].userId, name: record.appraisers[0].name, title: record.appraisers[0].title } : { userId: me.id, name: me.displayName, title: '' };
  const fieldOf: FieldOf<GroupValues> = (path, values) => {
    const match = /^appraisers\.(\d+)\.(name|title|userId)/.exec(path);
    if (!match) return path.startsWith('appraisers') ? 'members' : undefined;
    const row = rowOfAppraiser(values.members, Number(match[1]));
    return row === null ? 'members' : (`members.${row}.${match[2] === 'title' ? 'title' : 'name'}` as const);
  };
  const form = useStepForm({
    method: 'scrap.startAppraisal',
    defaultValues: { members: [first, { ...EMPTY_MEMBER }] },
    formSchema,
    fieldOf,
    versioned: { version: record.version, latestVersion: async () => (await call('scrap.get', { id: record.id })).version },
    toInput: (values: GroupValues, version) => ({ id: record.id, version, appraisers: appraisersInput(values.members) }),
    onSaved,
    onClose,
  });
  const { control, getValues, setValue, clearErrors, formState: { errors } } = form.form;
  // A member typed or removed may make the group big enough: the group's refusal goes until the next save.
  const changed = () => clearErrors('members');
  const rows = useFieldArray({ control, name: 'members' });
  const groupError = (errors.members as { message?: string; root?: { message?: string } } | undefined)?.message ?? (errors.members as { root?: { message?: string } } | undefined)?.root?.message;

  return (
    <FieldsStepDialog
      form={form}
      title={t('steps.startAppraisal.title', { number: record.number })}
      text={t('steps.startAppraisal.text', { min: MIN_APPRAISERS })}
      submitLabel={t('steps.startAppraisal.save')}
      testId="scrap-appraisal-dialog"
      onClose={onClose}
      maxWidth="md"
    >
      {rows.fields.map((row, index) => (
        <Stack key={row.id} direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'flex-start' } }} data-testid={`scrap-member-${index}`}>
          <Controller
            control={control}
            name={`members.${index}.name`}
            render={({ field, fieldState }) => {
              const current = getValues(`members.${index}`);
              const picked = colleagues.find((c) => c.id === current.userId) ?? null;
              return (
                <Autocomplete<Colleague, false, false, true>
                  freeSolo
                  options={colleagues}
                  getOptionLabel={(option) => (typeof option === 'string' ? option : option.displayName)}
                  value={picked}
                  inputValue={field.value}
                  onInputChange={(_event, text) => {
                    changed();
                    setValue(`members.${index}`, typeName(getValues(`members.${index}`), text, picked?.displayName ?? null), { shouldDirty: true });
                  }}
                  onChange={(_event, option) => {
                    if (typeof option === 'string' || option === null) return;
                    setValue(`members.${index}`, pickUser(getValues(`members.${index}`), option), { shouldDirty: true });
                  }}
                  sx={{ flex: 1 }}
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      size="small"
                      label={t('steps.startAppraisal.member', { index: index + 1 })}
                      error={!!fieldState.error}
                      helperText={fieldState.error?.message ?? (current.userId !== null ? t('steps.startAppraisal.pickUser') : t('steps.startAppraisal.typed'))}
                      slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': `scrap-member-${index}-name` } }}
                    />
                  )}
                />
              );
            }}
          />
          <Controller
            control={control}
            name={`members.${index}.title`}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                size="small"
                label={t('fields.appraiserTitle')}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
                slotProps={{ htmlInput: { 'data-testid': `scrap-member-${index}-title` } }}
                sx={{ flex: 1 }}
              />
            )}
          />
          <IconButton
            onClick={() => {
              changed();
              rows.remove(index);
            }} disabled={rows.fields.length <= 1} aria-label={t('steps.startAppraisal.remove', { index: index + 1 })} sx={{ mt: 0.25 }}>
            <DeleteOutlined />
          </IconButton>
        </Stack>
      ))}
      {groupError && (
        <Typography variant="body2" color="error" role="alert" data-testid="scrap-members-error">
          {groupError}
        </Typography>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          startIcon={<AddOutlined />}
          onClick={() => {
            changed();
            rows.append({ ...EMPTY_MEMBER });
          }} disabled={rows.fields.length >= 10} data-testid="scrap-member-add">
          {t('steps.startAppraisal.add')}
        </Button>
      </Stack>
    </FieldsStepDialog>
  );
}
