// Complaint forms in two parts (客户投诉联系书，一式两联) and the steps each one took.
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(`
    -- One complaint form. Part 1 (第一联, the stub) is the complainant, content, routing, signature, handling result,
    -- reply and filing; part 2 (第二联, the travelling part) is the transfer unit, sent on, due on and the unit's written
    -- opinion. \`handled_at\` is when the routed work came back (the internal reply written, or the unit's opinion
    -- recorded): the deadline \`due_at\` is met when it is not later.
    CREATE TABLE complaints (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL CHECK (state IN ('filled', 'returned', 'reviewed', 'routed_internal', 'answered_internal',
        'routed_transfer', 'signed_transfer', 'sent', 'opinion_received', 'ready_for_reply', 'reply_assigned', 'replied',
        'filed')),
      customer_id INTEGER NOT NULL REFERENCES customers(id),
      request_id INTEGER REFERENCES requests(id),
      complainant TEXT NOT NULL,
      contact_phone TEXT NOT NULL,
      content TEXT NOT NULL,
      received_at INTEGER NOT NULL,
      filled_by INTEGER REFERENCES users(id),
      reviewed_by INTEGER REFERENCES users(id),
      reviewed_at INTEGER,
      route TEXT CHECK (route IN ('internal', 'transfer_department', 'transfer_higher_level')),
      department_id INTEGER REFERENCES departments(id),
      routed_by INTEGER REFERENCES users(id),
      routed_at INTEGER,
      due_at INTEGER,
      handled_at INTEGER,
      signed_by INTEGER REFERENCES users(id),
      signed_at INTEGER,
      signature TEXT,
      sent_by INTEGER REFERENCES users(id),
      sent_at INTEGER,
      opinion TEXT NOT NULL DEFAULT '',
      opinion_by TEXT NOT NULL DEFAULT '',
      opinion_at INTEGER,
      opinion_recorded_by INTEGER REFERENCES users(id),
      result TEXT NOT NULL DEFAULT '',
      result_by INTEGER REFERENCES users(id),
      result_at INTEGER,
      reply_agent_id INTEGER REFERENCES users(id),
      assigned_by INTEGER REFERENCES users(id),
      assigned_at INTEGER,
      reply TEXT NOT NULL DEFAULT '',
      replied_by INTEGER REFERENCES users(id),
      replied_at INTEGER,
      filed_by INTEGER REFERENCES users(id),
      filed_at INTEGER,
      return_reason TEXT NOT NULL DEFAULT '',
      returned_by INTEGER REFERENCES users(id),
      returned_at INTEGER,
      version INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX complaints_by_state ON complaints (state, id);
    CREATE INDEX complaints_by_customer ON complaints (customer_id, id);
    CREATE INDEX complaints_by_request ON complaints (request_id) WHERE request_id IS NOT NULL;
    CREATE INDEX complaints_by_department ON complaints (department_id, id);
    CREATE INDEX complaints_by_received ON complaints (received_at, id);
    CREATE INDEX complaints_by_reply_agent ON complaints (reply_agent_id, id) WHERE state = 'reply_assigned';
    -- The routed forms whose work has not come back yet, by deadline: the deadline board and the overdue list.
    CREATE INDEX complaints_awaiting ON complaints (due_at, id) WHERE handled_at IS NULL AND due_at IS NOT NULL;

    -- Every step a form took (filled, reviewed, returned with its reason, routed, …), who and when; append-only.
    CREATE TABLE complaint_steps (
      id INTEGER PRIMARY KEY,
      complaint_id INTEGER NOT NULL REFERENCES complaints(id),
      step TEXT NOT NULL,
      at INTEGER NOT NULL,
      user_id INTEGER REFERENCES users(id),
      from_state TEXT,
      to_state TEXT NOT NULL,
      details TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX complaint_steps_by_complaint ON complaint_steps (complaint_id, id);
    CREATE TRIGGER complaint_steps_no_update BEFORE UPDATE ON complaint_steps
      BEGIN SELECT RAISE(ABORT, 'complaint steps are append-only'); END;
    CREATE TRIGGER complaint_steps_no_delete BEFORE DELETE ON complaint_steps
      BEGIN SELECT RAISE(ABORT, 'complaint steps are append-only'); END;
  `);
}
