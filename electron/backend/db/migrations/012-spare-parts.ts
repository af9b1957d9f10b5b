// The spare-parts store (备品备件库): parts, the ledger of stock movements (出入库台账), stock-takes (盘点) and purchase
// requests (维修备品采购单). Quantities are thousandths of the part's unit as integers; money is integer fen.
//
// The ledger is kept by the database itself: a movement is never updated or deleted (triggers refuse it), each one
// states the balance and value it leaves, a trigger checks that against the part's stock row and moves that row on, and
// the stock row's CHECKs refuse a negative quantity or value. No code path can make the balance differ from the sum of
// the movements without the insert failing.
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE parts (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL,
      code_key TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      spec TEXT NOT NULL DEFAULT '',
      spec_key TEXT NOT NULL DEFAULT '',
      unit TEXT NOT NULL,
      -- How many decimals a quantity of the unit may have (个 0, 米 2, 千克 3).
      decimals INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 3),
      bin TEXT NOT NULL DEFAULT '',
      bin_key TEXT NOT NULL DEFAULT '',
      reorder_point INTEGER NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
      -- The price list's cost of one unit: what a part with nothing in stock is valued at when some comes back.
      unit_cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost_fen >= 0),
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'discontinued')),
      notes TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX parts_by_spec ON parts (spec_key) WHERE spec_key <> '';
    CREATE INDEX parts_by_bin ON parts (bin_key, code_key);

    -- The product models of the archive a part fits.
    CREATE TABLE part_models (
      part_id INTEGER NOT NULL REFERENCES parts(id),
      model_id INTEGER NOT NULL REFERENCES product_models(id),
      PRIMARY KEY (part_id, model_id)
    ) WITHOUT ROWID;
    CREATE INDEX part_models_by_model ON part_models (model_id, part_id);

    -- 替代备品: what may be issued instead of a (discontinued) part.
    CREATE TABLE part_substitutes (
      part_id INTEGER NOT NULL REFERENCES parts(id),
      substitute_id INTEGER NOT NULL REFERENCES parts(id),
      PRIMARY KEY (part_id, substitute_id),
      CHECK (part_id <> substitute_id)
    ) WITHOUT ROWID;

    -- Part search by name: one token per character, every pinyin syllable suffix, every initials suffix (as
    -- customer_search). Codes, specs and bins are found through the B-tree indexes of parts.
    CREATE VIRTUAL TABLE part_search USING fts5(
      name_chars, pinyin, initials,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );

    -- The stock of a part: always the sum of its movements (the triggers below keep it so).
    CREATE TABLE part_stock (
      part_id INTEGER PRIMARY KEY REFERENCES parts(id),
      on_hand INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
      value_fen INTEGER NOT NULL DEFAULT 0 CHECK (value_fen >= 0),
      CHECK (on_hand > 0 OR value_fen = 0)
    );
    CREATE INDEX part_stock_by_quantity ON part_stock (on_hand, part_id);

    -- One stock change. \`quantity\` and \`value_fen\` are signed (a receipt adds, an issue takes away); a reversal has
    -- the kind of the movement it reverses, the opposite quantity, and names it. \`source_kind\`/\`source_id\` is the
    -- record that caused it (a purchase request's receipt, a stock-take, a work order, a replacement notice, a scrap
    -- record), \`source_number\` its human number as shown.
    CREATE TABLE stock_movements (
      id INTEGER PRIMARY KEY,
      part_id INTEGER NOT NULL REFERENCES parts(id),
      kind TEXT NOT NULL CHECK (kind IN ('receipt', 'issue', 'return', 'loan_out', 'loan_back', 'adjustment', 'scrap')),
      quantity INTEGER NOT NULL CHECK (quantity <> 0),
      value_fen INTEGER NOT NULL,
      balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
      value_after_fen INTEGER NOT NULL CHECK (value_after_fen >= 0),
      unit_cost_fen INTEGER CHECK (unit_cost_fen >= 0),
      reverses_id INTEGER UNIQUE REFERENCES stock_movements(id),
      source_kind TEXT CHECK (source_kind IN ('purchase_receipt', 'stocktake', 'work_order', 'replacement_notice', 'scrap_record')),
      source_id INTEGER,
      source_number TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL DEFAULT '',
      at INTEGER NOT NULL,
      by_user INTEGER REFERENCES users(id),
      CHECK ((source_kind IS NULL) = (source_id IS NULL))
    );
    CREATE INDEX stock_movements_by_part ON stock_movements (part_id, id);
    -- The valuation at a past moment reads each part's last movement by then from this index alone (it covers the
    -- balance and value), one seek per part, in part order.
    CREATE INDEX stock_movements_by_part_time ON stock_movements (part_id, at, id, balance_after, value_after_fen);
    CREATE INDEX stock_movements_by_time ON stock_movements (at, id);
    CREATE INDEX stock_movements_by_source ON stock_movements (source_kind, source_id) WHERE source_kind IS NOT NULL;

    CREATE TRIGGER stock_movements_never_updated BEFORE UPDATE ON stock_movements
    BEGIN
      SELECT RAISE(ABORT, 'stock movements are never edited: reverse the movement instead');
    END;
    CREATE TRIGGER stock_movements_never_deleted BEFORE DELETE ON stock_movements
    BEGIN
      SELECT RAISE(ABORT, 'stock movements are never deleted: reverse the movement instead');
    END;
    CREATE TRIGGER stock_movements_follow_the_balance BEFORE INSERT ON stock_movements
    WHEN NEW.balance_after IS NOT (SELECT on_hand + NEW.quantity FROM part_stock WHERE part_id = NEW.part_id)
      OR NEW.value_after_fen IS NOT (SELECT value_fen + NEW.value_fen FROM part_stock WHERE part_id = NEW.part_id)
    BEGIN
      SELECT RAISE(ABORT, 'a stock movement must continue the part''s balance');
    END;
    CREATE TRIGGER stock_movements_move_the_stock AFTER INSERT ON stock_movements
    BEGIN
      UPDATE part_stock SET on_hand = NEW.balance_after, value_fen = NEW.value_after_fen WHERE part_id = NEW.part_id;
    END;
    -- The stock row moves only to what the part's last movement left, quantity and value, and never to another part.
    CREATE TRIGGER part_stock_only_by_movements BEFORE UPDATE ON part_stock
    WHEN NEW.part_id IS NOT OLD.part_id
      OR NEW.on_hand IS NOT (SELECT balance_after FROM stock_movements WHERE part_id = NEW.part_id ORDER BY id DESC LIMIT 1)
      OR NEW.value_fen IS NOT (SELECT value_after_fen FROM stock_movements WHERE part_id = NEW.part_id ORDER BY id DESC LIMIT 1)
    BEGIN
      SELECT RAISE(ABORT, 'stock changes only by a movement');
    END;
    -- A part's stock row starts empty, before any movement (INSERT OR REPLACE of a row would otherwise zero a stock).
    CREATE TRIGGER part_stock_starts_empty BEFORE INSERT ON part_stock
    WHEN NEW.on_hand <> 0 OR NEW.value_fen <> 0 OR EXISTS (SELECT 1 FROM stock_movements WHERE part_id = NEW.part_id)
    BEGIN
      SELECT RAISE(ABORT, 'stock changes only by a movement');
    END;
    CREATE TRIGGER part_stock_never_deleted BEFORE DELETE ON part_stock
    BEGIN
      SELECT RAISE(ABORT, 'stock changes only by a movement');
    END;

    -- 盘点: a count sheet of some bins (or the whole store), the book quantity of each line when the sheet was made,
    -- the counts entered, then posted as adjustment movements in one step.
    CREATE TABLE stocktakes (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL CHECK (state IN ('counting', 'posted', 'cancelled')),
      -- A JSON array of the bins counted; empty for the whole store.
      bins TEXT NOT NULL DEFAULT '[]',
      show_book INTEGER NOT NULL DEFAULT 0,
      -- The last movement when the sheet was made: a later one of a line's part "moved since".
      last_movement_id INTEGER NOT NULL DEFAULT 0,
      made_by INTEGER REFERENCES users(id),
      made_at INTEGER NOT NULL,
      reason TEXT NOT NULL DEFAULT '',
      posted_by INTEGER REFERENCES users(id),
      posted_at INTEGER,
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX stocktakes_by_state ON stocktakes (state, id);
    CREATE TABLE stocktake_lines (
      stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id),
      part_id INTEGER NOT NULL REFERENCES parts(id),
      book_quantity INTEGER NOT NULL,
      counted INTEGER CHECK (counted >= 0),
      counted_by INTEGER REFERENCES users(id),
      counted_at INTEGER,
      -- Scanned while counting: not on the sheet as it was made (its book quantity is the balance at the sheet's
      -- last movement all the same).
      added INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (stocktake_id, part_id)
    ) WITHOUT ROWID;

    -- 维修备品采购单: lines, reason, requested by; approved or rejected by a department manager; received in one or
    -- more receipts (each line of a receipt a receipt movement naming the receipt as its source, so what a line has
    -- received is the sum of its movements, reversals included: there is no "received" column to drift from them)
    -- until complete or closed short.
    CREATE TABLE purchase_requests (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'approved', 'rejected', 'partly_received', 'received', 'closed_short')),
      reason TEXT NOT NULL DEFAULT '',
      requested_by INTEGER REFERENCES users(id),
      requested_at INTEGER NOT NULL,
      submitted_at INTEGER,
      decided_by INTEGER REFERENCES users(id),
      decided_at INTEGER,
      rejection_reason TEXT NOT NULL DEFAULT '',
      closed_by INTEGER REFERENCES users(id),
      closed_at INTEGER,
      close_reason TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX purchase_requests_by_state ON purchase_requests (state, id);
    CREATE TABLE purchase_lines (
      id INTEGER PRIMARY KEY,
      purchase_id INTEGER NOT NULL REFERENCES purchase_requests(id),
      part_id INTEGER NOT NULL REFERENCES parts(id),
      quantity INTEGER NOT NULL CHECK (quantity > 0),
      estimated_unit_cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (estimated_unit_cost_fen >= 0),
      UNIQUE (purchase_id, part_id)
    );
    CREATE TABLE purchase_receipts (
      id INTEGER PRIMARY KEY,
      purchase_id INTEGER NOT NULL REFERENCES purchase_requests(id),
      number TEXT NOT NULL UNIQUE,
      received_by INTEGER REFERENCES users(id),
      received_at INTEGER NOT NULL,
      note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX purchase_receipts_by_request ON purchase_receipts (purchase_id, id);

    -- A receipt movement of a purchase request reversed at the store (stock.reverse) re-opens its line: the request goes
    -- back to partly received, or to approved when nothing it received is left. One closed short stays closed.
    CREATE TRIGGER purchase_receipt_reversed AFTER INSERT ON stock_movements
    WHEN NEW.source_kind = 'purchase_receipt' AND NEW.reverses_id IS NOT NULL
    BEGIN
      UPDATE purchase_requests
      SET state = CASE
            WHEN (SELECT coalesce(sum(m.quantity), 0) FROM purchase_receipts r
                  JOIN stock_movements m ON m.source_kind = 'purchase_receipt' AND m.source_id = r.id
                  WHERE r.purchase_id = purchase_requests.id) > 0 THEN 'partly_received'
            ELSE 'approved' END,
          version = version + 1,
          updated_at = NEW.at
      WHERE id = (SELECT purchase_id FROM purchase_receipts WHERE id = NEW.source_id) AND state IN ('partly_received', 'received');
    END;
  `);
}
