// 客户档案导入: choose a CSV or xlsx file, map its columns, check every invalid row, import the valid ones with progress.
// What is imported is chosen first (ImportPage.tsx); spare parts have a screen of their own (PartsImport.tsx).
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportPreview, ImportProgress } from '../../../../shared/api/import';
import { DEFAULT_LANGUAGE, isUiLanguage } from '../../../../shared/i18n/resources';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { ExportCustomersButton, saveBlob } from '../export';
import { decidedCounts, DuplicatesPanel, NO_DECISIONS, type Decisions } from './DuplicatesPanel';
import { ImportOutcome } from './ImportOutcome';
import { MappingPanel } from './MappingPanel';
import { IMPORT_FIELDS } from '../../../../shared/api/import';
import { InvalidRowsTable, SampleTable } from './PreviewTables';
import { fileProblem, readAsBase64, templateCsv } from './files';
import { FileSection, Figure, Section } from './sections';
import { useRefreshReads } from '../../lib/queries';

interface ChosenFile {
  /** Tells one choice from the next, also of the same file again. */
  id: number;
  fileName: string;
  contentBase64: string;
  columns: string[];
}

const POLL_MS = 300;
const CUSTOMER_MAPPING = { fields: IMPORT_FIELDS, required: ['customer.name'], requiredMessage: 'mapping.nameRequired' } as const;
/** Numbers the files chosen, across visits to the screen, so a cached check of an earlier file is never taken for this one. */
let lastFileId = 0;
const previewKey = (fileId: number | undefined, mapping: ImportMapping | null) => ['import.preview', fileId, mapping] as const;
/** Screens that show archive data read these methods; after an import they read again. */

/** The customers' import: the archive's information managers (and supervisors and admins). */
export function CustomersImport({ kindChooser }: { kindChooser: ReactNode }) {
  const { t, i18n } = useTranslation(['import', 'common', 'errors']);
  const language = isUiLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const queryClient = useQueryClient();
  const refreshReads = useRefreshReads();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const [job, setJob] = useState<ImportProgress | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  // The decisions belong to one check of one file: another file or mapping asks again.
  const [decided, setDecided] = useState<{ check: string; decisions: Decisions }>({ check: '', decisions: NO_DECISIONS });
  const check = `${file?.id ?? ''}:${JSON.stringify(mapping)}`;
  const decisions = decided.check === check ? decided.decisions : NO_DECISIONS;
  const setDecisions = (next: Decisions) => setDecided({ check, decisions: next });
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);

  const nameMapped = mapping?.['customer.name'] !== undefined;
  const preview = useQuery<ImportPreview>({
    queryKey: previewKey(file?.id, mapping),
    queryFn: () => call('import.preview', { fileName: file!.fileName, contentBase64: file!.contentBase64, mapping: mapping! }),
    enabled: file !== null && mapping !== null && nameMapped,
    // While a changed mapping is checked, the last result of the same file stays on screen.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === file?.id ? keepPreviousData(previous) : undefined),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });

  const progressQuery = useQuery<ImportProgress>({
    queryKey: ['import.progress', { jobId: job?.jobId }],
    queryFn: () => call('import.progress', { jobId: job!.jobId }),
    enabled: job?.state === 'running',
    refetchInterval: (query) =>
      query.state.status === 'error' || query.state.data?.state === 'done' || query.state.data?.state === 'failed' ? false : POLL_MS,
    refetchIntervalInBackground: true,
    gcTime: 0,
    retry: false,
  });
  const progress = job?.state === 'running' ? (progressQuery.data ?? job) : job;
  const finished = progress?.state === 'done';

  useEffect(() => {
    if (!finished) return;
    void refreshReads('import.commit');
  }, [finished, refreshReads]);

  const invalidRowNumbers = useMemo(() => new Set(preview.data?.invalidRows.map((r) => r.row)), [preview.data]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    const problem = fileProblem(chosen);
    setFileError(problem && t(problem));
    setJob(null);
    setCommitError(null);
    if (problem) return;
    setReading(true);
    try {
      const contentBase64 = await readAsBase64(chosen);
      const first = await call('import.preview', { fileName: chosen.name, contentBase64 });
      const id = ++lastFileId;
      queryClient.setQueryData(previewKey(id, first.mapping), first);
      setFile({ id, fileName: chosen.name, contentBase64, columns: first.columns });
      setMapping(first.mapping);
    } catch (error) {
      setFile(null);
      setMapping(null);
      setFileError(errorMessage(t, error));
    } finally {
      setReading(false);
    }
  };

  const commit = async () => {
    if (!file || !mapping) return;
    setCommitting(true);
    setCommitError(null);
    setJob(null);
    try {
      setJob(
        await call('import.commit', {
          fileName: file.fileName,
          contentBase64: file.contentBase64,
          mapping,
          decisions: decisions.each,
          ...(decisions.others !== null && { otherDuplicates: decisions.others }),
        }),
      );
    } catch (error) {
      setCommitError(errorMessage(t, error));
    } finally {
      setCommitting(false);
    }
  };

  const startOver = () => {
    setFile(null);
    setMapping(null);
    setJob(null);
    setCommitError(null);
    setFileError(null);
    queryClient.removeQueries({ queryKey: ['import.preview'] });
  };

  const downloadTemplate = () => saveBlob(new Blob([templateCsv(language)], { type: 'text/csv;charset=utf-8' }), t('templateFileName'));

  const data = nameMapped ? preview.data : undefined;
  const started = committing || job !== null;
  const locked = started && progress?.state !== 'failed' && commitError === null;
  const counts = data ? decidedCounts(data, decisions) : null;
  const importable = data?.validRowCount ?? 0;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            <Button startIcon={<DescriptionOutlined />} onClick={downloadTemplate} data-testid="import-template">
              {t('template')}
            </Button>
            <ExportCustomersButton />
          </>
        }
      />

      {kindChooser}

      <FileSection
        fileName={file?.fileName ?? null}
        rowCount={data ? number(data.rowCount) : '—'}
        help={t('fileHelp')}
        reading={reading}
        disabled={reading || (locked && !finished)}
        error={fileError}
        onChoose={(event) => void choose(event)}
      />

      {file && mapping && (
        <>
          <Section title={t('mapping.title')}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('mapping.help')}
            </Typography>
            <MappingPanel columns={file.columns} mapping={mapping} language={language} disabled={locked} onChange={setMapping} fields={CUSTOMER_MAPPING} />
          </Section>

          <Section title={t('summary.title')} testId="import-summary">
            <Box sx={{ height: 4, mb: 1 }}>{preview.isFetching && <LinearProgress />}</Box>
            {preview.isError && nameMapped && <QueryError error={preview.error} onRetry={() => void preview.refetch()} />}
            {!nameMapped && <Alert severity="warning">{t('mapping.nameRequired')}</Alert>}
            {data && (
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}>
                <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
                  <Figure label={t('summary.rows')} value={number(data.rowCount)} testId="summary-rows" />
                  <Figure label={t('summary.valid')} value={number(data.validRowCount)} tone="success" testId="summary-valid" />
                  <Figure
                    label={t('summary.invalid')}
                    value={number(data.invalidRows.length)}
                    tone={data.invalidRows.length > 0 ? 'error' : undefined}
                    testId="summary-invalid"
                  />
                  <Figure label={t('summary.customers')} value={number(counts!.customersToCreate)} testId="summary-customers" />
                  <Figure label={t('summary.addedTo')} value={number(counts!.customersToAddTo)} testId="summary-added-to" />
                  <Figure label={t('summary.equipment')} value={number(counts!.equipmentToCreate)} testId="summary-equipment" />
                  {data.possibleDuplicateCount > 0 && (
                    <Figure
                      label={t('summary.undecided')}
                      value={number(counts!.undecided)}
                      tone={counts!.undecided > 0 ? 'error' : 'success'}
                      testId="summary-undecided"
                    />
                  )}
                </Stack>
                {finished ? (
                  <Button variant="outlined" onClick={startOver} sx={{ flexShrink: 0 }} data-testid="import-again">
                    {t('again')}
                  </Button>
                ) : (
                  <SubmitButton
                    type="button"
                    busy={committing || progress?.state === 'running'}
                    disabled={importable === 0 || preview.isFetching || counts!.undecided > 0}
                    onClick={() => void commit()}
                    sx={{ flexShrink: 0 }}
                    data-testid="import-commit"
                  >
                    {committing || progress?.state === 'running' ? t('importing') : t('importValid', { number: number(importable) })}
                  </SubmitButton>
                )}
              </Stack>
            )}
            {data && counts!.undecided > 0 && !started && (
              <Alert severity="warning" sx={{ mt: 2 }} data-testid="import-undecided">
                {t('duplicates.decideFirst', { count: counts!.undecided })}
              </Alert>
            )}
            {(progress || commitError) && (
              <Box sx={{ mt: 2 }}>
                <ImportOutcome progress={progress} error={commitError} />
              </Box>
            )}
            {progressQuery.isError && (
              <Alert severity="warning" sx={{ mt: 2 }} data-testid="import-progress-error">
                {errorMessage(t, progressQuery.error)}
              </Alert>
            )}
          </Section>

          {data && data.possibleDuplicateCount > 0 && (
            <Section title={t('duplicates.title', { number: number(data.possibleDuplicateCount) })} testId="import-duplicates">
              <DuplicatesPanel preview={data} decisions={decisions} disabled={locked} onChange={setDecisions} />
            </Section>
          )}

          {data && (
            <Section title={t('invalid.title', { number: number(data.invalidRows.length) })} testId="import-invalid">
              {data.invalidRows.length === 0 ? (
                <Alert severity="success" data-testid="import-no-invalid">
                  {t('invalid.none')}
                </Alert>
              ) : (
                <>
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {t('invalid.help')}
                  </Typography>
                  <Box data-testid="invalid-rows-grid">
                    <InvalidRowsTable rows={data.invalidRows} language={language} />
                  </Box>
                </>
              )}
            </Section>
          )}

          {data && data.sample.length > 0 && (
            <Section title={t('sample.title', { number: data.sample.length })} testId="import-sample">
              <SampleTable sample={data.sample} mapping={mapping} invalidRows={invalidRowNumbers} language={language} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
