// 备品备件导入: the store's existing parts list from a CSV or xlsx file. Map the columns, check every bad row and why (a
// code twice or already in the store, a missing name or unit, a reorder point finer than the unit, a bad price), then
// import the valid rows in one transaction with a progress bar. Parts come with no stock: stock comes by receipts, or
// by the file's opening stock column, received through the ledger as 期初库存.
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
import {
  PART_IMPORT_FIELDS,
  PART_IMPORT_REQUIRED,
  type ImportProgress,
  type PartImportMapping,
  type PartImportPreview,
} from '../../../../shared/api/import';
import { DEFAULT_LANGUAGE, isUiLanguage } from '../../../../shared/i18n/resources';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useRefreshReads } from '../../lib/queries';
import { saveBlob } from '../export';
import { ExportPartsButton } from '../parts';
import { ImportOutcome } from './ImportOutcome';
import { MappingPanel } from './MappingPanel';
import { InvalidRowsTable, SampleTable } from './PreviewTables';
import { fileProblem, readAsBase64, templateCsv } from './files';
import { FileSection, Figure, Section } from './sections';

interface ChosenFile {
  id: number;
  fileName: string;
  contentBase64: string;
  columns: string[];
}

const POLL_MS = 300;
const PART_MAPPING = { fields: PART_IMPORT_FIELDS, required: PART_IMPORT_REQUIRED, requiredMessage: 'parts.mappingRequired' } as const;
let lastFileId = 0;
const previewKey = (fileId: number | undefined, mapping: PartImportMapping | null) => ['import.previewParts', fileId, mapping] as const;
const allMapped = (mapping: PartImportMapping | null) => mapping !== null && PART_IMPORT_REQUIRED.every((field) => mapping[field] !== undefined);

export function PartsImport({ kindChooser }: { kindChooser: ReactNode }) {
  const { t, i18n } = useTranslation(['import', 'common', 'errors']);
  const language = isUiLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const queryClient = useQueryClient();
  const refreshReads = useRefreshReads();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<PartImportMapping | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const [job, setJob] = useState<ImportProgress | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);

  const mapped = allMapped(mapping);
  const preview = useQuery<PartImportPreview>({
    queryKey: previewKey(file?.id, mapping),
    queryFn: () => call('import.previewParts', { fileName: file!.fileName, contentBase64: file!.contentBase64, mapping: mapping! }),
    enabled: file !== null && mapped,
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
    if (finished) void refreshReads('import.commitParts');
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
      const first = await call('import.previewParts', { fileName: chosen.name, contentBase64 });
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
      setJob(await call('import.commitParts', { fileName: file.fileName, contentBase64: file.contentBase64, mapping }));
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
    queryClient.removeQueries({ queryKey: ['import.previewParts'] });
  };

  const downloadTemplate = () => saveBlob(new Blob([templateCsv(language, 'parts')], { type: 'text/csv;charset=utf-8' }), t('parts.templateFileName'));

  const data = mapped ? preview.data : undefined;
  const started = committing || job !== null;
  const locked = started && progress?.state !== 'failed' && commitError === null;
  const running = committing || progress?.state === 'running';

  return (
    <>
      <PageHeader
        title={t('parts.title')}
        subtitle={t('parts.subtitle')}
        actions={
          <>
            <Button startIcon={<DescriptionOutlined />} onClick={downloadTemplate} data-testid="import-template">
              {t('template')}
            </Button>
            <ExportPartsButton />
          </>
        }
      />
      {kindChooser}

      <FileSection
        fileName={file?.fileName ?? null}
        rowCount={data ? number(data.rowCount) : '—'}
        help={t('parts.fileHelp')}
        reading={reading}
        disabled={reading || (locked && !finished)}
        error={fileError}
        onChoose={(event) => void choose(event)}
      >
        <Alert severity="info" sx={{ mt: 2 }} data-testid="import-no-stock">
          {t('parts.noStock')}
        </Alert>
      </FileSection>

      {file && mapping && (
        <>
          <Section title={t('mapping.title')}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('mapping.help')}
            </Typography>
            <MappingPanel columns={file.columns} mapping={mapping} language={language} disabled={locked} onChange={setMapping} fields={PART_MAPPING} />
          </Section>

          <Section title={t('summary.title')} testId="import-summary">
            <Box sx={{ height: 4, mb: 1 }}>{preview.isFetching && <LinearProgress />}</Box>
            {preview.isError && mapped && <QueryError error={preview.error} onRetry={() => void preview.refetch()} />}
            {!mapped && <Alert severity="warning">{t('parts.mappingRequired')}</Alert>}
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
                  <Figure label={t('parts.toCreate')} value={number(data.partsToCreate)} testId="summary-parts" />
                  <Figure label={t('parts.openingStock')} value={number(data.openingStockRows)} testId="summary-opening-stock" />
                </Stack>
                {finished ? (
                  <Button variant="outlined" onClick={startOver} sx={{ flexShrink: 0 }} data-testid="import-again">
                    {t('again')}
                  </Button>
                ) : (
                  <SubmitButton
                    type="button"
                    busy={running}
                    disabled={data.validRowCount === 0 || preview.isFetching}
                    onClick={() => void commit()}
                    sx={{ flexShrink: 0 }}
                    data-testid="import-commit"
                  >
                    {running ? t('importing') : t('importValid', { number: number(data.validRowCount) })}
                  </SubmitButton>
                )}
              </Stack>
            )}
            {(progress || commitError) && (
              <Box sx={{ mt: 2 }}>
                <ImportOutcome progress={progress} error={commitError} nothingKey="parts.failedNothing" />
              </Box>
            )}
            {progressQuery.isError && (
              <Alert severity="warning" sx={{ mt: 2 }} data-testid="import-progress-error">
                {errorMessage(t, progressQuery.error)}
              </Alert>
            )}
          </Section>

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
              <SampleTable sample={data.sample} mapping={mapping} invalidRows={invalidRowNumbers} language={language} fields={PART_IMPORT_FIELDS} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
