// What both import screens do with a file: choose it and read it (its columns and a first check with a guessed
// mapping), map its columns and check it again, commit the import as a background job and follow its progress, start
// over, and download the empty template; and the flags the screen follows (started, locked, running, finished). The
// customers' and the parts' screens are this flow with their methods, fields and template, shown by ImportScreen.tsx.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodName } from '../../../../shared/api';
import type { ImportProgress, ImportRowProblem } from '../../../../shared/api/import';
import { DEFAULT_LANGUAGE, isUiLanguage } from '../../../../shared/i18n/resources';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useRefreshReads } from '../../lib/queries';
import { saveBlob } from '../export';
import { fileProblem, readAsBase64, templateCsv } from './files';

/** Which of the file's columns holds each field (of the customers' or the parts' fields). */
export type AnyImportMapping = Partial<Record<string, number>>;

/** What both checks of a file answer (`import.preview`'s and `import.previewParts`'). */
export interface CheckedFile {
  columns: string[];
  mapping: AnyImportMapping;
  rowCount: number;
  validRowCount: number;
  invalidRows: ImportRowProblem[];
  sample: Array<{ row: number; values: Partial<Record<string, string>> }>;
}

/** One kind of import: its methods, its fields, its template. */
export interface ImportFlowKind {
  previewMethod: 'import.preview' | 'import.previewParts';
  commitMethod: 'import.commit' | 'import.commitParts';
  /** The fields in order, the ones that must be mapped before the file is checked, and what is said of one that is not. */
  fields: { fields: readonly string[]; required: readonly string[]; requiredMessage: string };
  template: 'customers' | 'parts';
  /** The template file's name: a key of the import words. */
  templateFileName: string;
}

interface ChosenFile {
  /** Tells one choice from the next, also of the same file again. */
  id: number;
  fileName: string;
  contentBase64: string;
  columns: string[];
}

const POLL_MS = 300;
/** Numbers the files chosen, across visits to the screen, so a cached check of an earlier file is never taken for this one. */
let lastFileId = 0;

/** The kind's methods are chosen by its screen; the contract checks every input on the way in. */
const callKind = <Out>(method: MethodName, input: object) => call(method as never, input as never) as Promise<Out>;

/**
 * `Preview` is what the kind's check answers; `Extra` what its commit takes besides the file and the mapping (the
 * customers' duplicate decisions), given to `commit`.
 */
export function useImportFlow<Preview extends CheckedFile, Extra extends object = object>(kind: ImportFlowKind) {
  const { previewMethod, commitMethod, fields, template, templateFileName } = kind;
  const { t, i18n } = useTranslation(['import', 'common', 'errors']);
  const language = isUiLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const queryClient = useQueryClient();
  const refreshReads = useRefreshReads();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<AnyImportMapping | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const [job, setJob] = useState<ImportProgress | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const previewKey = (fileId: number | undefined, checked: AnyImportMapping | null) => [previewMethod, fileId, checked] as const;

  const mapped = mapping !== null && fields.required.every((field) => mapping[field] !== undefined);
  const preview = useQuery<Preview>({
    queryKey: previewKey(file?.id, mapping),
    queryFn: () => callKind<Preview>(previewMethod, { fileName: file!.fileName, contentBase64: file!.contentBase64, mapping: mapping! }),
    enabled: file !== null && mapped,
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

  // Screens that show what was imported read again.
  useEffect(() => {
    if (finished) void refreshReads(commitMethod);
  }, [finished, refreshReads, commitMethod]);

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
      const first = await callKind<Preview>(previewMethod, { fileName: chosen.name, contentBase64 });
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

  const commit = async (extra?: Extra) => {
    if (!file || !mapping) return;
    setCommitting(true);
    setCommitError(null);
    setJob(null);
    try {
      setJob(await callKind<ImportProgress>(commitMethod, { fileName: file.fileName, contentBase64: file.contentBase64, mapping, ...extra }));
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
    queryClient.removeQueries({ queryKey: [previewMethod] });
  };

  const downloadTemplate = () => saveBlob(new Blob([templateCsv(language, template)], { type: 'text/csv;charset=utf-8' }), t(templateFileName));

  const started = committing || job !== null;
  return {
    fields,
    language,
    number,
    file,
    mapping,
    setMapping,
    reading,
    fileError,
    /** Every required field is mapped: the file is checked. */
    mapped,
    preview,
    /** The check of the mapping as it is, once every required field is mapped. */
    data: mapped ? preview.data : undefined,
    invalidRowNumbers,
    committing,
    commitError,
    progress,
    progressQuery,
    finished,
    /** The import was asked for (it may have failed since). */
    started,
    /** The file and the mapping stay as they are: the import is under way or done. */
    locked: started && progress?.state !== 'failed' && commitError === null,
    running: committing || progress?.state === 'running',
    choose,
    commit,
    startOver,
    downloadTemplate,
  };
}

export type ImportFlow<Preview extends CheckedFile, Extra extends object = object> = ReturnType<typeof useImportFlow<Preview, Extra>>;
