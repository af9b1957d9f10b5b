// A contact's phone keeps its extension (分机) apart from the number: `021-62885000转8012` is the number
// `021-62885000` and the extension `8012`, so the number alone finds the contact and is dialled as it is. Numbers
// stored before with the extension joined on are split where the extension is recognisable (转, 分机, ext., x, #);
// their normalised digits and phone suffixes are recomputed without it. Calls' caller numbers keep what was typed,
// with their normalised digits recomputed the same way so that the number finds the call.
import type { Db } from '../connection';
import { normalizePhone, splitExtension } from '../../../../shared/customers/phones';

/** Kept equal to MIN_PHONE_SUFFIX of features/customers/search-index.ts (a migration does not import a feature). */
const MIN_PHONE_SUFFIX = 4;

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE phones ADD COLUMN extension TEXT NOT NULL DEFAULT '';
    CREATE INDEX phones_by_extension ON phones (extension) WHERE extension <> '';
  `);
  const phones = db.prepare('SELECT id, number FROM phones').all() as { id: number; number: string }[];
  const update = db.prepare('UPDATE phones SET number = ?, extension = ?, normalized = ? WHERE id = ?');
  const dropSuffixes = db.prepare('DELETE FROM phone_suffixes WHERE phone_id = ?');
  const addSuffixes = db.prepare(`
    WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 64)
    INSERT INTO phone_suffixes (suffix, phone_id, customer_id)
    SELECT substr(p.normalized, k.n), p.id, p.customer_id
    FROM phones p CROSS JOIN k ON k.n <= length(p.normalized) - ${MIN_PHONE_SUFFIX - 1}
    WHERE p.id = ?`);
  for (const phone of phones) {
    const { number, extension } = splitExtension(phone.number);
    if (extension === '' || number === '') continue;
    update.run(number, extension, normalizePhone(number), phone.id);
    dropSuffixes.run(phone.id);
    addSuffixes.run(phone.id);
  }
  const calls = db.prepare('SELECT id, caller_phone FROM requests').all() as { id: number; caller_phone: string }[];
  const renormalize = db.prepare('UPDATE requests SET caller_phone_normalized = ? WHERE id = ? AND caller_phone_normalized <> ?');
  for (const call of calls) {
    if (splitExtension(call.caller_phone).extension === '') continue;
    const normalized = normalizePhone(call.caller_phone);
    renormalize.run(normalized, call.id, normalized);
  }
}
