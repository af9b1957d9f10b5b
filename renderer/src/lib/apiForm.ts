// The one way to write a form that saves through a method of the contract. The form checks what it would send with
// the method's own zod input (so a field is refused on screen for exactly what the back end refuses), puts the field
// issues of a refused save on the fields once, keeps what was typed when the save fails, and sends the version the
// record was read at; after someone else's change (a conflict) it loads the latest version with the user's own changes
// on top and says what the other person changed. While it is open, another desk's save of the same record is told at
// once (who, when), before its own save. While it holds changes not saved, closing it or leaving asks first.
import { useEffect, useId, useState } from 'react';
import { get, set, useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { api, type ApiInput, type ApiOutput, type WriteMethodName } from '../../../shared/api';
import type { FieldIssue } from '../../../shared/api/envelope';
import { fieldIssuesFrom } from '../../../shared/api/validation';
import { call } from './api';
import { apiErrorOf, isConflict, reasonParams } from './errors';
import { editedRecordOf, useChangedElsewhere, type ChangedElsewhere } from './changedElsewhere';
import { mergeOnLatest, type TheirChange } from './mergeOnLatest';
import { useRefreshReads } from './queries';
import { unsavedChanges } from './unsavedChanges';

/** What a form may send while it is still being filled: any field may be missing (the method's input then says which). */
export type Draft<Input> = Input extends object ? { [K in keyof Input]?: Input[K] | undefined } : Input;

/** Where an issue of the method's input shows: the form field it names, null for the form as a whole, undefined as by default. */
export type FieldOf<Values> = (path: string, values: Values) => Path<Values> | null | undefined;

export interface ApiFormOptions<M extends WriteMethodName, Values extends FieldValues> {
  method: M;
  defaultValues: DefaultValues<Values>;
  /** The method's input from what was typed; `version` is the version the record was read at (0 for a new one). */
  toInput: (values: Values, version: number) => Draft<ApiInput<M>>;
  /**
   * Checks of the form's own, besides the method's input (a password typed twice, a date typed only in part, a message
   * more precise than the method's); on a field both refuse, the form's message shows. A custom issue's message is the
   * key of its text in the `errors` namespace, or `namespace:key`.
   */
  formSchema?: z.ZodType<unknown, Partial<Values>>;
  /**
   * Maps an input path to a field. By default (and where it answers undefined) the path as far as it goes into the
   * form's values (`fault.nature` when `fault` is an object of the form, `name` for `name.0`), or null (the form as a
   * whole) when its first segment is not a field.
   */
  fieldOf?: FieldOf<Values>;
  /**
   * A record saved against the version it was read at: that version, and how to read the current one. A form that
   * edits the record's fields gives `latest` (the current version as the form's values: after a conflict the form
   * shows them with the user's own changes on top); a step on a record gives only `latestVersion`.
   */
  versioned?: {
    version: number;
    latestVersion?: () => Promise<number | undefined>;
    latest?: () => Promise<{ version: number; values: DefaultValues<Values> } | undefined>;
  };
  /** The form keeps its own draft of what was typed (the call form): leaving it loses nothing, so nobody is asked. */
  keepsDraft?: boolean;
  /**
   * The last step before sending, after the checks passed: completes what is only read now (a file's content), or
   * answers null to send nothing and say nothing (a warning the user reads before saving again). Its failures show
   * like the save's.
   */
  prepare?: (input: ApiInput<M>, values: Values) => Promise<ApiInput<M> | null>;
  onSaved: (saved: ApiOutput<M>, values: Values) => void | Promise<void>;
}

export interface ApiForm<M extends WriteMethodName, Values extends FieldValues> {
  form: UseFormReturn<Values>;
  /** For `<form onSubmit>`: checks, saves, and on failure keeps the draft and says why. */
  submit: (event?: { preventDefault?: () => void }) => Promise<void>;
  /** Saves now with these values (a step with its own confirm), with the same checks and messages. */
  saveWith: (values: Values) => Promise<ApiOutput<M> | null>;
  busy: boolean;
  formError: string | null;
  conflict: boolean;
  /** The version the next save sends: as read, the latest after a conflict, the saved one after a save. */
  version: number;
  /** After a conflict: take the current version (and let the screens behind read again), keep what was typed. */
  loadLatest: () => Promise<void>;
  /** After the latest version was loaded: the fields the other person changed (see `components/TheirChangesAlert`). */
  theirChanges: TheirChange[];
  /** Another desk saved the record this form edits since the version it holds: who and when (`components/FormErrorAlert`). */
  changedElsewhere: ChangedElsewhere | null;
  /** Wraps a dialog's close (Esc, Cancel, a click beside it): asks first when the form holds changes not saved. */
  askBeforeClosing: (close: () => void) => () => void;
  /** Starts again from these values (by default those first given): no field errors, no message. */
  reset: (values?: DefaultValues<Values>) => void;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** The path as far as it goes into the form's default values through plain objects; null when its first segment is not a field. */
export function defaultFieldOf<Values extends FieldValues>(defaults: DefaultValues<Values>): (path: string) => Path<Values> | null {
  return (path) => {
    const segments = path.split('.');
    let node: unknown = defaults;
    let depth = 0;
    while (depth < segments.length && isPlainObject(node) && Object.prototype.hasOwnProperty.call(node, segments[depth]!)) {
      node = node[segments[depth]!];
      depth += 1;
    }
    return depth === 0 ? null : (segments.slice(0, depth).join('.') as Path<Values>);
  };
}

/** The input a form's first values make, read only for the record it names; a mapping that cannot make one names none. */
function inputNamingTheRecord(make: () => unknown): unknown {
  try {
    return make();
  } catch {
    return null;
  }
}

/** An issue's text: its key in the `errors` namespace, or `namespace:key` (a form's own check may word it so). */
const translated = (t: TFunction, issue: FieldIssue) => t(issue.key.includes(':') ? issue.key : `errors:${issue.key}`, issue.params ?? {});

export interface Placed {
  /** The fields' errors, nested as react-hook-form keeps them (`fault.nature` under `fault`). */
  errors: FieldErrors<FieldValues>;
  /** Each field given a message, with the key of its message. */
  fields: Array<{ field: string; key: string; message: string }>;
  unplaced: FieldIssue[];
}

/** Puts translated issues on their fields, the first issue of a field winning; `into` holds what earlier checks placed. */
export function place<Values extends FieldValues>(
  t: TFunction,
  issues: readonly FieldIssue[],
  fieldOf: (path: string, values: Values) => Path<Values> | null,
  values: Values,
  into: Placed = { errors: {}, fields: [], unplaced: [] },
): Placed {
  for (const issue of issues) {
    const field = fieldOf(issue.path, values);
    if (field === null) {
      into.unplaced.push(issue);
      continue;
    }
    if (into.fields.some((placed) => placed.field === field)) continue;
    const message = translated(t, issue);
    into.fields.push({ field, key: issue.key, message });
    set(into.errors, field, { type: issue.key, message });
  }
  return into;
}

/** The issues of the form's own checks: a custom one names its message (`errors` key or `namespace:key`). */
export function ownIssues(error: z.ZodError): FieldIssue[] {
  return fieldIssuesFrom(error).map((issue, index) => {
    const raw = error.issues[index];
    return raw?.code === 'custom' && /^[\w.:]+$/.test(raw.message) ? { path: issue.path, key: raw.message } : issue;
  });
}

/**
 * The message above the fields for a refused save: its reason, unless the fields already say it; "check the marked
 * fields" only when a field is marked, else what is wrong itself.
 */
function formMessage(t: TFunction, error: unknown, placedKeys: readonly string[], unplaced: readonly FieldIssue[] = []): string {
  const apiError = apiErrorOf(error);
  if (apiError.reason && !placedKeys.includes(apiError.reason) && t(`errors:${apiError.reason}`, { defaultValue: '' }) !== '') {
    return t(`errors:${apiError.reason}`, reasonParams(apiError));
  }
  if (placedKeys.length > 0) return t('errors:validation');
  if (unplaced[0]) return translated(t, unplaced[0]);
  return t(`errors:${apiError.code}`);
}

export function useApiForm<M extends WriteMethodName, Values extends FieldValues>(options: ApiFormOptions<M, Values>): ApiForm<M, Values> {
  const { method, toInput, formSchema, versioned, prepare, onSaved, keepsDraft = false } = options;
  const { t } = useTranslation('errors');
  const refreshReads = useRefreshReads();
  const [version, setVersion] = useState(versioned?.version ?? 0);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [theirChanges, setTheirChanges] = useState<TheirChange[]>([]);
  const formId = useId();
  const byDefault = defaultFieldOf(options.defaultValues);
  const fieldOf = (path: string, values: Values): Path<Values> | null => {
    const field = options.fieldOf?.(path, values);
    return field === undefined ? byDefault(path) : field;
  };

  const resolver: Resolver<Values> = async (values) => {
    const own = formSchema ? await formSchema.safeParseAsync(values) : null;
    const checked = await api[method].input.safeParseAsync(toInput(values, version));
    if ((own === null || own.success) && checked.success) return { values, errors: {} };
    const placed = own && !own.success ? place(t, ownIssues(own.error), fieldOf, values) : undefined;
    const { errors, fields, unplaced } = checked.success ? (placed ?? place(t, [], fieldOf, values)) : place(t, fieldIssuesFrom(checked.error), fieldOf, values, placed);
    if (fields.length === 0 && unplaced.length > 0) {
      const first = unplaced[0]!;
      return { values: {}, errors: { root: { type: first.key, message: translated(t, first) } } as FieldErrors<Values> };
    }
    return { values: {}, errors: errors as FieldErrors<Values> };
  };

  const form = useForm<Values>({ defaultValues: options.defaultValues, resolver });
  // The record this form edits is the one its input names, at the version its next save sends (none for a new record).
  const changedElsewhere = useChangedElsewhere(editedRecordOf(method, inputNamingTheRecord(() => toInput(options.defaultValues as Values, version))));
  const dirty = form.formState.isDirty;
  useEffect(() => {
    if (!keepsDraft) unsavedChanges.mark(formId, dirty);
  }, [formId, dirty, keepsDraft]);
  useEffect(() => () => unsavedChanges.mark(formId, false), [formId]);

  const saveWith = async (values: Values): Promise<ApiOutput<M> | null> => {
    setFormError(null);
    setConflict(false);
    setBusy(true);
    try {
      // The resolver checked this input against the method's schema before the save was allowed.
      const input = toInput(values, version) as ApiInput<M>;
      const ready = prepare ? await prepare(input, values) : input;
      if (ready === null) return null;
      const saved = await call(method, ready);
      const savedVersion = (saved as { version?: unknown } | null)?.version;
      if (versioned && typeof savedVersion === 'number') setVersion(savedVersion);
      // Saved: nothing on the form is unsaved any more (before onSaved, which may close the form or leave the page).
      unsavedChanges.mark(formId, false);
      const shown = form.getValues();
      form.reset(shown);
      setTheirChanges([]);
      await onSaved(saved, values);
      return saved;
    } catch (error) {
      const { fields, unplaced } = place(t, apiErrorOf(error).details?.fields ?? [], fieldOf, values);
      for (const { field, message } of fields) form.setError(field as Path<Values>, { type: 'server', message });
      setConflict(isConflict(error));
      setFormError(formMessage(t, error, fields.map((placed) => placed.key), unplaced));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event?: { preventDefault?: () => void }) => {
    event?.preventDefault?.();
    await form.handleSubmit(async (values) => {
      await saveWith(values);
    })();
  };

  const loadLatest = async () => {
    if (versioned?.latest) {
      const latest = await versioned.latest();
      if (latest) {
        // The form's defaults are the values it was read (or last saved) with: what the user's own changes are told from.
        const merged = mergeOnLatest(form.formState.defaultValues as Values, form.getValues(), latest.values as Values);
        form.reset(latest.values);
        for (const field of merged.ownFields) form.setValue(field as Path<Values>, get(merged.values, field), { shouldDirty: true });
        setVersion(latest.version);
        setTheirChanges(merged.theirChanges);
      }
    } else {
      const latest = await versioned?.latestVersion?.();
      if (latest !== undefined) setVersion(latest);
    }
    void refreshReads(method);
    setConflict(false);
    setFormError(null);
  };

  const reset = (values?: DefaultValues<Values>) => {
    form.reset(values);
    setTheirChanges([]);
    setConflict(false);
    setFormError(null);
  };

  const askBeforeClosing = (close: () => void) => () => {
    void unsavedChanges.confirmDiscardOf(formId).then((discard) => {
      if (discard) close();
    });
  };

  const rootMessage = form.formState.errors.root?.message;
  return {
    form,
    submit,
    saveWith,
    busy: busy || form.formState.isSubmitting,
    formError: formError ?? rootMessage ?? null,
    conflict,
    version,
    loadLatest,
    theirChanges,
    changedElsewhere,
    askBeforeClosing,
    reset,
  };
}
