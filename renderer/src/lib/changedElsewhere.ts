// While a form edits a record, another desk may save the same record: the host's change notice names it (shared/live.ts),
// and the form says who changed it and when before its own save, which the version check still decides. The record a
// form edits is the one its input names (`id`, and the `version` it read), as the back end names the record of a write.
import { useEffect, useState } from 'react';
import { recordNamedBy, type RecordKind } from '../../../shared/api';
import type { ChangeNotice } from '../../../shared/live';
import { onChangeNotice } from './liveChanges';

/** The record a form edits, at the version its next save sends. */
export interface EditedRecord {
  kind: RecordKind;
  id: number;
  version: number;
}

/** Who changed the record a form edits, when, and the kind of record (for the words). */
export interface ChangedElsewhere {
  kind: RecordKind;
  byName: string | null;
  at: number;
}

/** The record a form's input names, with the version it read; null for none (a new record). */
export function editedRecordOf(method: string, input: unknown): EditedRecord | null {
  const named = recordNamedBy(method, input);
  return named && named.version !== null ? { ...named, version: named.version } : null;
}

/**
 * What a notice tells a form editing `edited`: who changed that very record (same kind, same id) to a version newer than
 * the form's, or null. A notice whose record has no version said (a progress message) counts as newer.
 */
export function changeOfRecord(notice: ChangeNotice, edited: EditedRecord): ChangedElsewhere | null {
  const record = notice.record as Partial<ChangeNotice['record']> | undefined;
  if (!record || record.kind !== edited.kind || record.id !== edited.id) return null;
  if (typeof record.version === 'number' && record.version <= edited.version) return null;
  return { kind: edited.kind, byName: typeof notice.byName === 'string' ? notice.byName : null, at: notice.at };
}

/**
 * The last change another desk made to the record a form edits, while the form is at the version it had then: once the
 * form takes a newer version (its own save, or the latest loaded), it is forgotten.
 */
export function useChangedElsewhere(edited: EditedRecord | null): ChangedElsewhere | null {
  const [heard, setHeard] = useState<{ change: ChangedElsewhere; of: EditedRecord } | null>(null);
  const kind = edited?.kind;
  const id = edited?.id;
  const version = edited?.version;
  useEffect(() => {
    if (kind === undefined || id === undefined || version === undefined) return undefined;
    return onChangeNotice((notice) => {
      const change = changeOfRecord(notice, { kind, id, version });
      if (change) setHeard({ change, of: { kind, id, version } });
    });
  }, [kind, id, version]);
  const same = heard && edited && heard.of.kind === edited.kind && heard.of.id === edited.id && heard.of.version === edited.version;
  return same ? heard.change : null;
}
