// Service requests, their append-only service log, their deadlines and their search index.
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE requests (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      received_at INTEGER NOT NULL,
      channel TEXT NOT NULL,
      kind TEXT NOT NULL,
      priority TEXT NOT NULL,
      state TEXT NOT NULL,
      held_state TEXT,
      subject TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      caller_name TEXT NOT NULL DEFAULT '',
      caller_phone TEXT NOT NULL,
      caller_phone_normalized TEXT NOT NULL,
      customer_id INTEGER REFERENCES customers(id),
      equipment_id INTEGER REFERENCES equipment(id),
      fault TEXT,
      complex INTEGER NOT NULL DEFAULT 0,
      owner_id INTEGER REFERENCES users(id),
      department_id INTEGER REFERENCES departments(id),
      nature TEXT NOT NULL DEFAULT '',
      solution TEXT NOT NULL DEFAULT '',
      planned_by INTEGER,
      respond_by INTEGER NOT NULL,
      on_site_by INTEGER,
      solve_by INTEGER NOT NULL,
      analyse_by INTEGER,
      plan_by INTEGER,
      first_response_at INTEGER,
      analysed_at INTEGER,
      planned_at INTEGER,
      arrived_at INTEGER,
      solved_at INTEGER,
      closed_at INTEGER,
      last_progress_at INTEGER,
      answered_by_article_id INTEGER,
      satisfied INTEGER,
      -- The next commitment still open and when it is due (NULL once none is): what the deadline board reads.
      next_due_kind TEXT,
      next_due_at INTEGER,
      created_by INTEGER REFERENCES users(id),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      version INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX requests_by_received ON requests (received_at, id);
    CREATE INDEX requests_by_customer ON requests (customer_id, received_at, id) WHERE customer_id IS NOT NULL;
    CREATE INDEX requests_by_equipment ON requests (equipment_id) WHERE equipment_id IS NOT NULL;
    CREATE INDEX requests_by_caller_phone ON requests (caller_phone_normalized);
    CREATE INDEX requests_by_state ON requests (state, received_at, id);
    CREATE INDEX requests_by_owner ON requests (owner_id, state, received_at, id) WHERE owner_id IS NOT NULL;
    CREATE INDEX requests_next_due ON requests (next_due_at) WHERE next_due_at IS NOT NULL;
    CREATE INDEX requests_complex_open ON requests (owner_id, last_progress_at) WHERE complex = 1 AND solved_at IS NULL
      AND state NOT IN ('closed', 'cancelled');

    -- The service log (服务日志): every change, note and progress message, with who and when. Nobody edits or
    -- deletes a line; the triggers refuse it even to a script that goes around the app.
    CREATE TABLE service_log (
      id INTEGER PRIMARY KEY,
      request_id INTEGER NOT NULL REFERENCES requests(id),
      at INTEGER NOT NULL,
      user_id INTEGER REFERENCES users(id),
      kind TEXT NOT NULL,
      details TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX service_log_by_request ON service_log (request_id, id);
    CREATE TRIGGER service_log_no_update BEFORE UPDATE ON service_log
      BEGIN SELECT RAISE(ABORT, 'the service log is append-only'); END;
    CREATE TRIGGER service_log_no_delete BEFORE DELETE ON service_log
      BEGIN SELECT RAISE(ABORT, 'the service log is append-only'); END;

    -- Subject and the rest of each request's words, segmented like customer names, and their neighbouring pairs of
    -- Chinese characters (see lib/fulltext.ts).
    CREATE VIRTUAL TABLE request_search USING fts5(
      subject, body, subject_pairs, body_pairs,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
    );
  `);
}
