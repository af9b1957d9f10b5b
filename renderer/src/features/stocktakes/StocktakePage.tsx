// One count sheet (/stocktakes/:id): what it counts and how far the count is, a banner when stock moved since it was
// made, the scan field (a scanner types the code and Enter: the cursor jumps to that line's count, a part not on the
// sheet is added), the lines with their counts and differences, Save counts, Print, Post with the reason, Cancel.
import CancelOutlined from '@mui/icons-material/CancelOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import PublishOutlined from '@mui/icons-material/PublishOutlined';
import QrCodeScannerOutlined from '@mui/icons-material/QrCodeScannerOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import type { PartSummary } from '../../../../shared/api/parts';
import type { Stocktake } from '../../../../shared/api/stocktakes';
import { useCurrentUser } from '../../app/session';
import { useNotify } from '../../app/notify';
import { BackLink } from '../../components/BackLink';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextStepDialog } from '../../components/TextStepDialog';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { CountTable } from './CountTable';
import { changedLines, countKey, countValues, pendingLine, scannedCode, type CountValues, type ShownLine } from './lines';
import { PostDialog } from './PostDialog';
import { StocktakeStateChip, useBinsText } from './StocktakeStateChip';

function SheetFacts({ sheet }: { sheet: Stocktake }) {
  const { t } = useTranslation('stocktakes');
  const format = useFormat();
  const binsText = useBinsText();
  return (
    <Stack direction="row" spacing={3} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }} data-testid="stocktake-facts">
      <StocktakeStateChip state={sheet.state} />
      <Typography variant="body2">{t('sheet.bins', { bins: binsText(sheet.bins) })}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('sheet.made', { at: format.dateTime(sheet.madeAt), name: sheet.madeByName ?? '' })}
      </Typography>
      <Typography variant="body2" data-testid="stocktake-progress">
        {t('sheet.progress', { counted: sheet.countedCount, lines: sheet.lineCount })}
      </Typography>
    </Stack>
  );
}

function CountSheet({ sheet }: { sheet: Stocktake }) {
  const { t } = useTranslation('stocktakes');
  const me = useCurrentUser();
  const notify = useNotify();
  const format = useFormat();
  const mayKeep = mayCall(api['stocktakes.count'].access, me.roles);
  const editable = mayKeep && sheet.state === 'counting';
  const [extra, setExtra] = useState<ShownLine[]>([]);
  const [scan, setScan] = useState('');
  const [scanMessage, setScanMessage] = useState<{ key: 'scanNotFound' | 'scanAdded'; code: string } | null>(null);
  /** A part just added by a scan: its count takes the cursor once its line is drawn. */
  const focusNext = useRef<number | null>(null);
  const [dialog, setDialog] = useState<'post' | 'cancel' | null>(null);
  const scanField = useRef<HTMLInputElement>(null);

  const lines = useMemo<ShownLine[]>(
    () => [...sheet.lines.map((line) => ({ ...line, pending: false })), ...extra.filter((line) => !sheet.lines.some((l) => l.partId === line.partId))],
    [sheet.lines, extra],
  );
  // The form's checks and `fieldOf` read the lines as shown now.
  const linesRef = useRef(lines);
  useLayoutEffect(() => {
    linesRef.current = lines;
  }, [lines]);

  const { form, submit, busy, formError, conflict, changedElsewhere, loadLatest, version, reset } = useApiForm({
    method: 'stocktakes.count',
    defaultValues: countValues(sheet),
    versioned: { version: sheet.version, latestVersion: async () => (await call('stocktakes.get', { id: sheet.id })).version },
    toInput: (values: CountValues, v) => ({ id: sheet.id, version: v, lines: changedLines(linesRef.current, values) }),
    fieldOf: (path, values) => {
      const match = /^lines\.(\d+)\./.exec(path);
      const line = match ? changedLines(linesRef.current, values)[Number(match[1])] : undefined;
      return line ? (`counts.${countKey(line.partId)}` as const) : null;
    },
    onSaved: (saved) => {
      setExtra([]);
      reset(countValues(saved));
      notify(t('sheet.saved'));
    },
  });
  const dirty = form.formState.isDirty || extra.length > 0;

  // Someone else's save, or stock that moved: a form with nothing typed follows the sheet.
  useEffect(() => {
    if (!form.formState.isDirty && extra.length === 0) reset(countValues(sheet));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the sheet read changes
  }, [sheet]);

  const focusCount = useCallback((partId: number) => {
    const input = document.getElementById(`count-${partId}`) as HTMLInputElement | null;
    if (!input) return false;
    input.focus();
    input.select();
    input.scrollIntoView({ block: 'nearest' });
    return true;
  }, []);

  useEffect(() => {
    if (focusNext.current !== null && focusCount(focusNext.current)) focusNext.current = null;
  }, [lines, focusCount]);

  const onEnter = useCallback(
    (partId: number) => {
      const index = linesRef.current.findIndex((line) => line.partId === partId);
      const next = linesRef.current[index + 1];
      if (next) focusCount(next.partId);
      else scanField.current?.focus();
    },
    [focusCount],
  );

  const onScan = async (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const code = scannedCode(scan);
    if (code === '') return;
    const found = lines.find((line) => scannedCode(line.code) === code);
    setScan('');
    if (found) {
      setScanMessage(null);
      focusCount(found.partId);
      return;
    }
    const { part } = await call('parts.byCode', { code }).catch(() => ({ part: null as PartSummary | null }));
    if (!part) {
      setScanMessage({ key: 'scanNotFound', code: scan.trim() });
      return;
    }
    focusNext.current = part.id;
    setExtra((shown) => [...shown, pendingLine(part)]);
    setScanMessage({ key: 'scanAdded', code: part.code });
  };

  const posted = sheet.state === 'posted';
  return (
    <Stack spacing={1.5}>
      <SheetFacts sheet={sheet} />
      {sheet.state === 'posted' && (
        <Alert severity="success" data-testid="stocktake-posted">
          {t('sheet.posted', { at: format.dateTime(sheet.postedAt), name: sheet.postedByName ?? '', reason: sheet.reason })}
        </Alert>
      )}
      {sheet.state === 'cancelled' && <Alert severity="info">{t('sheet.cancelled', { reason: sheet.reason })}</Alert>}
      {sheet.state === 'counting' && sheet.movedLines > 0 && (
        <Alert severity="warning" data-testid="stocktake-moved">
          {t('sheet.moved', { count: sheet.movedLines, at: format.dateTime(sheet.madeAt) })}
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="count-form">
        <Stack spacing={1.5}>
          <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
          {editable && (
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
              <TextField
                label={t('sheet.scan')}
                value={scan}
                onChange={(event) => setScan(event.target.value)}
                onKeyDown={(event) => void onScan(event)}
                inputRef={scanField}
                autoFocus
                autoComplete="off"
                error={scanMessage?.key === 'scanNotFound'}
                helperText={scanMessage ? t(`sheet.${scanMessage.key}`, { code: scanMessage.code }) : t('sheet.scanHint')}
                sx={{ width: 420 }}
                slotProps={{
                  htmlInput: { 'data-testid': 'stocktake-scan' },
                  input: {
                    startAdornment: (
                      <InputAdornment position="start">
                        <QrCodeScannerOutlined fontSize="small" />
                      </InputAdornment>
                    ),
                  },
                }}
              />
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', ml: 'auto', minHeight: 40 }}>
                {dirty && (
                  <Typography variant="body2" color="warning.dark" data-testid="counts-unsaved">
                    {t('sheet.unsaved')}
                  </Typography>
                )}
                <SubmitButton busy={busy} disabled={!dirty} data-testid="counts-save">
                  {t('sheet.save')}
                </SubmitButton>
                <Button variant="outlined" startIcon={<PublishOutlined />} disabled={dirty} onClick={() => setDialog('post')} data-testid="stocktake-post">
                  {t('sheet.post')}
                </Button>
                <Button color="inherit" startIcon={<CancelOutlined />} onClick={() => setDialog('cancel')} data-testid="stocktake-cancel">
                  {t('sheet.cancel')}
                </Button>
              </Stack>
            </Stack>
          )}
          <CountTable lines={lines} form={form} editable={editable} posted={posted} onEnter={onEnter} />
        </Stack>
      </form>
      {dialog === 'post' && <PostDialog sheet={{ ...sheet, version: Math.max(sheet.version, version) }} onClose={() => setDialog(null)} onPosted={() => notify(t('post.posted'))} />}
      {dialog === 'cancel' && (
        <TextStepDialog
          method="stocktakes.cancel"
          textField="reason"
          input={(reason) => ({ id: sheet.id, version: Math.max(sheet.version, version), reason })}
          title={t('cancel.title', { number: sheet.number })}
          label={t('cancel.reason')}
          submitLabel={t('cancel.submit')}
          testId="cancel-dialog"
          onClose={() => setDialog(null)}
        >
          <Typography variant="body2">{t('cancel.intro')}</Typography>
        </TextStepDialog>
      )}
    </Stack>
  );
}

export function StocktakePage() {
  const { t } = useTranslation('stocktakes');
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  // Stock keeps moving while a sheet is counted: read again now and then, so what moved since shows.
  const sheet = useApiQuery('stocktakes.get', { id: valid ? id : 1 }, { enabled: valid, refetchInterval: (query) => (query.state.data?.state === 'counting' ? 30_000 : false) });

  return (
    <>
      <BackLink to="/stocktakes" sx={{ mb: 1 }}>
        {t('sheet.back')}
      </BackLink>
      <PageHeader
        title={t('sheet.title', { number: sheet.data?.number ?? '' })}
        actions={
          sheet.data && (
            <Button component={RouterLink} to={`/stocktakes/${id}/print`} variant="outlined" startIcon={<PrintOutlined />} data-testid="stocktake-print">
              {t('sheet.print')}
            </Button>
          )
        }
      />
      {!valid || sheet.isError ? (
        <QueryError error={sheet.error} onRetry={() => void sheet.refetch()} />
      ) : sheet.data ? (
        <CountSheet key={sheet.data.id} sheet={sheet.data} />
      ) : (
        <LoadingBlock />
      )}
    </>
  );
}
