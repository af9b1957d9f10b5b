// The customer archive: customers, contacts and phones, sites, product models, equipment, warranty renewals,
// handover documents, the repair-archive timeline, and the search index that finds them.
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(`
    -- Human numbers (KH-000001 here; FW-20261122-0001 and the like later), allocated inside the creating transaction.
    CREATE TABLE number_sequences (
      key TEXT PRIMARY KEY,
      last_value INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE customers (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      -- The name folded for prefix look-ups and duplicate checks: lower case, half-width, no spaces or punctuation.
      name_key TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('organization', 'individual')),
      address TEXT NOT NULL DEFAULT '',
      region TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      merged_into INTEGER REFERENCES customers(id),
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX customers_by_name_key ON customers (name_key, id);
    CREATE INDEX customers_by_region ON customers (region, name_key, id);
    CREATE INDEX customers_by_updated ON customers (updated_at, id);

    CREATE TABLE contacts (
      id INTEGER PRIMARY KEY,
      customer_id INTEGER NOT NULL REFERENCES customers(id),
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX contacts_by_customer ON contacts (customer_id, position);

    CREATE TABLE phones (
      id INTEGER PRIMARY KEY,
      contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
      customer_id INTEGER NOT NULL REFERENCES customers(id),
      number TEXT NOT NULL,
      normalized TEXT NOT NULL,
      position INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX phones_by_contact ON phones (contact_id, position);
    CREATE INDEX phones_by_customer ON phones (customer_id);
    CREATE INDEX phones_by_normalized ON phones (normalized);

    -- Every suffix (4 digits or longer) of every normalised phone number: a digit run typed anywhere in the number
    -- is a prefix of one of them, found by an index range.
    CREATE TABLE phone_suffixes (
      suffix TEXT NOT NULL,
      phone_id INTEGER NOT NULL REFERENCES phones(id) ON DELETE CASCADE,
      customer_id INTEGER NOT NULL,
      PRIMARY KEY (suffix, phone_id)
    ) WITHOUT ROWID;
    CREATE INDEX phone_suffixes_by_phone ON phone_suffixes (phone_id);

    CREATE TABLE sites (
      id INTEGER PRIMARY KEY,
      customer_id INTEGER NOT NULL REFERENCES customers(id),
      name TEXT NOT NULL,
      address TEXT NOT NULL DEFAULT '',
      region TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX sites_by_customer ON sites (customer_id);

    CREATE TABLE product_models (
      id INTEGER PRIMARY KEY,
      model TEXT NOT NULL,
      model_key TEXT NOT NULL UNIQUE,
      product_name TEXT NOT NULL DEFAULT '',
      category TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'upgraded', 'discontinued')),
      successor_model TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );

    CREATE TABLE equipment (
      id INTEGER PRIMARY KEY,
      customer_id INTEGER NOT NULL REFERENCES customers(id),
      site_id INTEGER REFERENCES sites(id),
      model_id INTEGER NOT NULL REFERENCES product_models(id),
      serial_number TEXT NOT NULL,
      -- Upper case without spaces or dashes, for exact and prefix look-ups.
      serial_key TEXT NOT NULL,
      category TEXT NOT NULL DEFAULT '',
      install_date TEXT,
      acceptance_date TEXT,
      warranty_start TEXT,
      warranty_end TEXT,
      lifecycle TEXT NOT NULL DEFAULT 'in_service'
        CHECK (lifecycle IN ('in_service', 'at_factory', 'replaced', 'scrapped')),
      notes TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX equipment_by_customer ON equipment (customer_id);
    CREATE INDEX equipment_by_serial ON equipment (serial_key);
    CREATE INDEX equipment_by_model ON equipment (model_id, customer_id);
    CREATE INDEX equipment_by_warranty_end ON equipment (warranty_end, customer_id);
    CREATE UNIQUE INDEX equipment_unique_serial_per_model ON equipment (model_id, serial_key);

    CREATE TABLE warranty_renewals (
      id INTEGER PRIMARY KEY,
      equipment_id INTEGER NOT NULL REFERENCES equipment(id),
      contract_number TEXT NOT NULL,
      previous_end TEXT,
      new_end TEXT NOT NULL,
      fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0),
      renewed_at INTEGER NOT NULL,
      renewed_by INTEGER REFERENCES users(id)
    );
    CREATE INDEX warranty_renewals_by_equipment ON warranty_renewals (equipment_id);

    CREATE TABLE handover_documents (
      id INTEGER PRIMARY KEY,
      customer_id INTEGER NOT NULL REFERENCES customers(id),
      site_id INTEGER REFERENCES sites(id),
      equipment_id INTEGER REFERENCES equipment(id),
      kind TEXT NOT NULL
        CHECK (kind IN ('as_built_drawings', 'operation_manual', 'equipment_list', 'acceptance_report', 'other')),
      title TEXT NOT NULL DEFAULT '',
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      size_bytes INTEGER NOT NULL,
      mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
      added_at INTEGER NOT NULL,
      added_by INTEGER REFERENCES users(id)
    );
    CREATE INDEX handover_documents_by_customer ON handover_documents (customer_id, site_id);

    -- The repair archive: one place every domain adds its events to.
    CREATE TABLE timeline_events (
      id INTEGER PRIMARY KEY,
      customer_id INTEGER NOT NULL REFERENCES customers(id),
      equipment_id INTEGER REFERENCES equipment(id),
      at INTEGER NOT NULL,
      kind TEXT NOT NULL,
      actor_id INTEGER REFERENCES users(id),
      details TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX timeline_by_customer ON timeline_events (customer_id, id);
    CREATE INDEX timeline_by_equipment ON timeline_events (equipment_id, id) WHERE equipment_id IS NOT NULL;

    -- Customer search (see electron/backend/features/customers/search-index.ts): names one letter or character per
    -- token (so 1- and 2-character Chinese queries are phrase queries), every pinyin syllable suffix and every
    -- initials suffix as one token each (guoyi* and zgyd* find 中国移动). Codes, serial numbers and models are found
    -- through the B-tree indexes of their own tables instead. The rowid is the customer id; contentless, the text
    -- lives in the tables above.
    CREATE VIRTUAL TABLE customer_search USING fts5(
      name_chars, pinyin, initials,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
  `);
}
