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
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, Equipment, Site } from '../../../../shared/api';
import { DOCUMENT_MAX_BYTES } from '../../../../shared/api/documents';
import { DOCUMENT_KINDS } from '../../../../shared/api/equipment';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { applyApiError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { readAsBase64 } from './files';

type Phase = { kind: 'idle' } | { kind: 'reading'; fraction: number } | { kind: 'sending' };

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
  const [siteId, setSiteId] = useState(firstLacking ? String(firstLacking.id) : '');
  const [kind, setKind] = useState<DocumentKind>(firstLacking?.missingDocumentKinds[0] ?? 'as_built_drawings');
  const [equipmentId, setEquipmentId] = useState('');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const input = useRef<HTMLInputElement | null>(null);
  const busy = phase.kind !== 'idle';
  const site = sites.find((s) => String(s.id) === siteId);

  const choose = (chosen: File | null) => {
    setFileError(null);
    setFormError(null);
    if (chosen && chosen.size > DOCUMENT_MAX_BYTES) setFileError(t('errors:documents.tooLarge'));
    else if (chosen && chosen.size === 0) setFileError(t('errors:validation.emptyFile'));
    setFile(chosen);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('fileRequired'));
      return;
    }
    if (fileError) return;
    setFormError(null);
    try {
      setPhase({ kind: 'reading', fraction: 0 });
      const contentBase64 = await readAsBase64(file, (fraction) => setPhase({ kind: 'reading', fraction }));
      setPhase({ kind: 'sending' });
      const added = await call('documents.add', {
        customerId,
        siteId: siteId === '' ? null : Number(siteId),
        equipmentId: equipmentId === '' ? null : Number(equipmentId),
        kind,
        title: title.trim(),
        fileName: file.name,
        mimeType: file.type,
        contentBase64,
      });
      notify(t('added', { name: added.fileName }));
      onClose();
    } catch (error) {
      setPhase({ kind: 'idle' });
      setFormError(
        applyApiError(t, error, (name, issue) => (name === 'contentBase64' || name === 'fileName' ? setFileError(issue.message ?? '') : undefined), ['contentBase64', 'fileName']),
      );
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" slotProps={{ paper: { 'data-testid': 'document-dialog' } as object }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle>{t('dialog.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormErrorAlert error={formError} />
            <Stack direction="row" spacing={2}>
              <TextField select label={t('fields.site')} value={siteId} onChange={(e) => setSiteId(e.target.value)} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }} data-testid="document-site">
                <MenuItem value="">
                  <Typography component="span" color="text.secondary">
                    {t('dialog.wholeCustomer')}
                  </Typography>
                </MenuItem>
                {sites.map((s) => (
                  <MenuItem key={s.id} value={String(s.id)}>
                    {s.name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select label={t('fields.kind')} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)} data-testid="document-kind">
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
            </Stack>
            <TextField
              select
              label={t('fields.equipment')}
              value={equipmentId}
              onChange={(e) => setEquipmentId(e.target.value)}
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
            <TextField label={t('fields.title')} value={title} onChange={(e) => setTitle(e.target.value)} helperText={t('dialog.titleHelp')} slotProps={{ htmlInput: { 'data-testid': 'document-title', maxLength: 200 } }} />
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
          <Button onClick={onClose} disabled={busy}>
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
