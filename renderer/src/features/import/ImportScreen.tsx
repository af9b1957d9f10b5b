// An import screen as both kinds show it: the header with the template and the export, the file, the mapping, the
// summary with the import button and its progress, every invalid row, and the sample. What a kind adds comes in its
// props: its words, its figures, a note on the file, a reason the import must wait, sections of its own.
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage } from '../../lib/errors';
import { ImportOutcome } from './ImportOutcome';
import { MappingPanel } from './MappingPanel';
import { InvalidRowsTable, SampleTable } from './PreviewTables';
import { FileSection, Figure, Section } from './sections';
import type { CheckedFile, ImportFlow } from './useImportFlow';

export function ImportScreen<Preview extends CheckedFile, Extra extends object>({
  flow,
  kindChooser,
  title,
  subtitle,
  fileHelp,
  exportButton,
  fileNote,
  figures,
  blocked = false,
  onCommit,
  summaryNote,
  nothingKey,
  children,
}: {
  flow: ImportFlow<Preview, Extra>;
  kindChooser: ReactNode;
  title: string;
  subtitle: string;
  fileHelp: string;
  exportButton: ReactNode;
  /** Inside the file's box, under it. */
  fileNote?: ReactNode;
  /** The kind's own figures, after the rows, the valid and the invalid ones. */
  figures: (data: Preview) => ReactNode;
  /** The import must wait (for the customers' duplicate decisions). */
  blocked?: boolean;
  onCommit: () => void;
  /** Under the figures and the import button. */
  summaryNote?: ReactNode;
  /** What a failure leaves as it was (ImportOutcome's). */
  nothingKey?: string;
  /** The kind's own sections, between the summary and the invalid rows. */
  children?: ReactNode;
}) {
  const { t } = useTranslation(['import', 'common', 'errors']);
  const { file, mapping, data, preview, progress, progressQuery, commitError, finished, locked, running, language, number } = flow;

  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={
          <>
            <Button startIcon={<DescriptionOutlined />} onClick={flow.downloadTemplate} data-testid="import-template">
              {t('template')}
            </Button>
            {exportButton}
          </>
        }
      />

      {kindChooser}

      <FileSection
        fileName={file?.fileName ?? null}
        rowCount={data ? number(data.rowCount) : '—'}
        help={fileHelp}
        reading={flow.reading}
        disabled={flow.reading || (locked && !finished)}
        error={flow.fileError}
        onChoose={(event) => void flow.choose(event)}
      >
        {fileNote}
      </FileSection>

      {file && mapping && (
        <>
          <Section title={t('mapping.title')}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('mapping.help')}
            </Typography>
            <MappingPanel columns={file.columns} mapping={mapping} language={language} disabled={locked} onChange={flow.setMapping} fields={flow.fields} />
          </Section>

          <Section title={t('summary.title')} testId="import-summary">
            <Box sx={{ height: 4, mb: 1 }}>{preview.isFetching && <LinearProgress />}</Box>
            {preview.isError && flow.mapped && <QueryError error={preview.error} onRetry={() => void preview.refetch()} />}
            {!flow.mapped && <Alert severity="warning">{t(flow.fields.requiredMessage)}</Alert>}
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
                  {figures(data)}
                </Stack>
                {finished ? (
                  <Button variant="outlined" onClick={flow.startOver} sx={{ flexShrink: 0 }} data-testid="import-again">
                    {t('again')}
                  </Button>
                ) : (
                  <SubmitButton
                    type="button"
                    busy={running}
                    disabled={data.validRowCount === 0 || preview.isFetching || blocked}
                    onClick={onCommit}
                    sx={{ flexShrink: 0 }}
                    data-testid="import-commit"
                  >
                    {running ? t('importing') : t('importValid', { number: number(data.validRowCount) })}
                  </SubmitButton>
                )}
              </Stack>
            )}
            {summaryNote}
            {(progress || commitError) && (
              <Box sx={{ mt: 2 }}>
                <ImportOutcome progress={progress} error={commitError} nothingKey={nothingKey} />
              </Box>
            )}
            {progressQuery.isError && (
              <Alert severity="warning" sx={{ mt: 2 }} data-testid="import-progress-error">
                {errorMessage(t, progressQuery.error)}
              </Alert>
            )}
          </Section>

          {children}

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
              <SampleTable sample={data.sample} mapping={mapping} invalidRows={flow.invalidRowNumbers} language={language} fields={flow.fields.fields} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
