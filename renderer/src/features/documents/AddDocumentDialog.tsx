// Adding a handover document (竣工资料): pick the kind, the site or unit it belongs to and the file; the file is read
// here and sent as base64, with progress while it is read and sent.
import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormHelperText from '@mui/material/FormHelperText';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { DocumentKind, Equipment, Site } from '../../../../shared/api';
import { DOCUMENT_MAX_BYTES } from '../../../../shared/api/documents';
import { DOCUMENT_KINDS } from '../../../../shared/api/equipment';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { useApiForm } from '../../lib/apiForm';
import { useFormat } from '../../lib/format';
import { readAsBase64 } from './files';
import { SiteSelect } from '../../components/SiteSelect';

type Phase = { kind: 'idle' } | { kind: 'reading'; fraction: number } | { kind: 'sending' };

type DocumentValues = { siteId: string; kind: DocumentKind; equipmentId: string; title: string; file: File | null };

/** The file is checked as soon as it is chosen; its content is read only when it is saved. */
const fileChecks = z.object({
  file: z.custom<File | null>().superRefine((file, ctx) => {
    if (file === null) ctx.addIssue({ code: 'custom', message: 'documents:fileRequired' });
    else if (file.size > DOCUMENT_MAX_BYTES) ctx.addIssue({ code: 'custom', message: 'documents.tooLarge' });
    else if (file.size === 0) ctx.addIssue({ code: 'custom', message: 'validation.emptyFile' });
  }),
});
/** Stands for the content in the checks before the save: the file is read (and its size checked) when it is sent. */
const CONTENT_READ_WHEN_SENT = 'AA==';

export function AddDocumentDialog({
  customerId,
  sites,
  equipment,
  onClose,
}: {
  customerId: number;
  sites: Site[];
  equipment: Equipment[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['documents', 'customers', 'common']);
  const notify = useNotify();
  const format = useFormat();
  const firstLacking = sites.find((site) => site.missingDocumentKinds.length > 0) ?? sites[0];
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const input = useRef<HTMLInputElement | null>(null);
  const { form, submit, busy: saving, formError, askBeforeClosing } = useApiForm({
    method: 'documents.add',
    defaultValues: {
      siteId: firstLacking ? String(firstLacking.id) : '',
      kind: firstLacking?.missingDocumentKinds[0] ?? 'as_built_drawings',
      equipmentId: '',
      title: '',
      file: null,
    } satisfies DocumentValues as DocumentValues,
    toInput: (values: DocumentValues) => ({
      customerId,
      siteId: values.siteId === '' ? null : Number(values.siteId),
      equipmentId: values.equipmentId === '' ? null : Number(values.equipmentId),
      kind: values.kind,
      title: values.title.trim(),
      fileName: values.file?.name ?? '',
      mimeType: values.file?.type,
      contentBase64: values.file ? CONTENT_READ_WHEN_SENT : '',
    }),
    formSchema: fileChecks,
    fieldOf: (path) => (path === 'contentBase64' || path === 'fileName' || path === 'mimeType' ? 'file' : undefined),
    prepare: async (ready, values) => {
      setPhase({ kind: 'reading', fraction: 0 });
      const contentBase64 = await readAsBase64(values.file!, (fraction) => setPhase({ kind: 'reading', fraction }));
      setPhase({ kind: 'sending' });
      return { ...ready, contentBase64 };
    },
    onSaved: (added) => {
      notify(t('added', { name: added.fileName }));
      onClose();
    },
  });
  const { register, control, setValue, formState: { errors } } = form;
  const [siteId, file] = useWatch({ control, name: ['siteId', 'file'] });
  const busy = saving || phase.kind !== 'idle';
  const site = sites.find((s) => String(s.id) === siteId);
  const fileError = errors.file?.message;

  const choose = (chosen: File | null) => setValue('file', chosen, { shouldValidate: true });

  return (
    <Dialog open onClose={busy ? undefined : askBeforeClosing(onClose)} maxWidth="sm" slotProps={{ paper: { 'data-testid': 'document-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event).finally(() => setPhase({ kind: 'idle' }))} noValidate>
        <DialogTitle>{t('dialog.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} />
            <Stack direction="row" spacing={2}>
              <Controller
                control={control}
                name="siteId"
                render={({ field }) => <SiteSelect field={field} label={t('fields.site')} noneLabel={t('dialog.wholeCustomer')} sites={sites} error={errors.siteId?.message} testId="document-site" />}
              />
              <Controller
                control={control}
                name="kind"
                render={({ field }) => (
                  <TextField select label={t('fields.kind')} {...field} error={!!errors.kind} helperText={errors.kind?.message} data-testid="document-kind">
                    {DOCUMENT_KINDS.map((k) => (
                      <MenuItem key={k} value={k}>
                        {t(`kinds.${k}`)}
                        {site?.missingDocumentKinds.includes(k) && (
                          <Typography component="span" variant="caption" sx={{ ml: 1, color: 'warning.dark' }}>
                            {t('dialog.stillMissing')}
                          </Typography>
                        )}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
            </Stack>
            <Controller
              control={control}
              name="equipmentId"
              render={({ field }) => (
                <TextField
                  select
                  label={t('fields.equipment')}
                  {...field}
                  error={!!errors.equipmentId}
                  helperText={errors.equipmentId?.message}
                  slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                >
                  <MenuItem value="">
                    <Typography component="span" color="text.secondary">
                      {t('dialog.noEquipment')}
                    </Typography>
                  </MenuItem>
                  {equipment
                    .filter((unit) => siteId === '' || String(unit.siteId) === siteId)
                    .map((unit) => (
                      <MenuItem key={unit.id} value={String(unit.id)}>
                        {unit.model} · {unit.serialNumber}
                      </MenuItem>
                    ))}
                </TextField>
              )}
            />
            <TextField
              label={t('fields.title')}
              {...register('title')}
              error={!!errors.title}
              helperText={errors.title?.message ?? t('dialog.titleHelp')}
              slotProps={{ htmlInput: { 'data-testid': 'document-title', maxLength: 200 } }}
            />
            <Box>
              <input ref={input} type="file" hidden onChange={(e) => choose(e.target.files?.[0] ?? null)} data-testid="document-file" />
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                <Button variant="outlined" startIcon={<AttachFileOutlined />} onClick={() => input.current?.click()} disabled={busy} data-testid="document-choose">
                  {t('dialog.choose')}
                </Button>
                <Typography variant="body2" color={file ? 'text.primary' : 'text.secondary'} sx={{ wordBreak: 'break-all' }} data-testid="document-chosen">
                  {file ? t('dialog.chosen', { name: file.name, size: format.bytes(file.size) }) : t('dialog.noFile', { max: format.bytes(DOCUMENT_MAX_BYTES) })}
                </Typography>
              </Stack>
              {fileError && <FormHelperText error>{fileError}</FormHelperText>}
            </Box>
            {busy && (
              <Box data-testid="document-progress">
                <LinearProgress variant={phase.kind === 'reading' ? 'determinate' : 'indeterminate'} value={phase.kind === 'reading' ? phase.fraction * 100 : undefined} />
                <Typography variant="caption" color="text.secondary">
                  {phase.kind === 'reading' ? t('dialog.reading', { percent: Math.round(phase.fraction * 100) }) : t('dialog.sending')}
                </Typography>
              </Box>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={askBeforeClosing(onClose)} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <SubmitButton busy={busy} data-testid="document-save">
            {t('dialog.save')}
          </SubmitButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}
