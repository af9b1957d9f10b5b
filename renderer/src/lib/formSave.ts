// What a form keeps while it saves: the message for the form as a whole and whether the save lost to someone else's
// change (a conflict); for a record saved against the version it read, that version and the way out of a conflict.
import { useState } from 'react';
import { isConflict } from './errors';

/** `messageOf` turns a failure into the form's message; it may also put field issues on the fields (`applyApiError`). */
export function useFormSave(messageOf: (error: unknown) => string) {
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const save = async (run: () => Promise<void>): Promise<void> => {
    setFormError(null);
    setConflict(false);
    try {
      await run();
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      setFormError(messageOf(error));
    }
  };

  const clearError = () => {
    setConflict(false);
    setFormError(null);
  };

  return { formError, conflict, save, clearError };
}

export function useVersionedSave({
  version: initialVersion,
  fetchLatestVersion,
  messageOf,
}: {
  /** The version the form was read at. */
  version: number;
  /** The record's current version (undefined when it is gone); without it (a new record) there is nothing to load. */
  fetchLatestVersion?: () => Promise<number | undefined>;
  messageOf: (error: unknown) => string;
}) {
  const { clearError, ...form } = useFormSave(messageOf);
  const [version, setVersion] = useState(initialVersion);

  /** After a conflict: take the current version so the next save applies what the user typed on top of it. */
  const loadLatest = async (): Promise<void> => {
    if (!fetchLatestVersion) return;
    const latest = await fetchLatestVersion();
    if (latest !== undefined) setVersion(latest);
    clearError();
  };

  return { ...form, version, setVersion, loadLatest };
}
