// Field work (issue 18): work orders (故障处理派工单) and the inspections of planned maintenance (日常巡检) with the
// dedicated maintainer (专职维护人员) of a customer or site; spare replacement notices (故障处理备品替换通知); scrap
// records (报废品处理记录). Every part that moves goes through the ledger of migration 012: a movement's source names
// the work order, notice or scrap record that caused it, so the parts a record used are read from the ledger itself.
//
// The states are the pure tables of shared/work-orders, shared/replacements and shared/scrap; the CHECKs below hold
// what no state may lack (a notice back in stock has its loan-back movement, a closed one its formal replacement).
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(`
    -- 专职维护人员: the dedicated maintainer of a customer, or of one of its sites (the site's wins).
    ALTER TABLE customers ADD COLUMN maintainer_id INTEGER REFERENCES users(id);
    ALTER TABLE sites ADD COLUMN maintainer_id INTEGER REFERENCES users(id);

    -- 维护计划: a maintenance visit every \`interval_days\` to a customer, one of its sites or one unit, from
    -- \`next_due_date\` (the center's calendar day, YYYY-MM-DD). When it is due an inspection work order is made and the
    -- date moves on by the interval.
    CREATE TABLE maintenance_plans (
      id INTEGER PRIMARY KEY,
      customer_id INTEGER NOT NULL REFERENCES customers(id),
      site_id INTEGER REFERENCES sites(id),
      equipment_id INTEGER REFERENCES equipment(id),
      interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 1 AND 3660),
      next_due_date TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      notes TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 0,
      created_by INTEGER REFERENCES users(id),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX maintenance_plans_due ON maintenance_plans (next_due_date, id) WHERE active = 1;
    CREATE INDEX maintenance_plans_by_customer ON maintenance_plans (customer_id, id);

    -- 故障处理派工单 (kind repair, from a fault report) or 巡检 (kind inspection, from a maintenance plan).
    CREATE TABLE work_orders (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('repair', 'inspection')),
      state TEXT NOT NULL CHECK (state IN ('draft', 'dispatched', 'on_site', 'completed', 'signed_off', 'cancelled')),
      request_id INTEGER REFERENCES requests(id),
      plan_id INTEGER REFERENCES maintenance_plans(id),
      customer_id INTEGER REFERENCES customers(id),
      site_id INTEGER REFERENCES sites(id),
      equipment_id INTEGER REFERENCES equipment(id),
      -- The fault: 原因, 性质, 类别, 位置, and the description.
      cause TEXT NOT NULL DEFAULT '',
      nature TEXT NOT NULL DEFAULT '',
      category TEXT NOT NULL DEFAULT '',
      location TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL DEFAULT '',
      -- 应携带的仪器工具 (the parts to bring are work_order_planned_parts).
      tools TEXT NOT NULL DEFAULT '',
      -- 预计到达时间: what the customer was told.
      expected_at INTEGER,
      -- When someone must be on site: the request's on-site deadline, or an inspection's due time.
      due_at INTEGER,
      -- The day the work order belongs to on the lists: the expected arrival, else the due time, else when it was made.
      day_at INTEGER NOT NULL,
      dispatched_by INTEGER REFERENCES users(id),
      dispatched_at INTEGER,
      arrived_at INTEGER,
      -- 具体处理措施: the completion time and content.
      completed_at INTEGER,
      measures TEXT NOT NULL DEFAULT '',
      outcome TEXT CHECK (outcome IN ('solved', 'factory_repair', 'scrap')),
      -- The field-conduct checklist of the commitments, ticked at completion: a JSON object of item → true/false.
      conduct TEXT NOT NULL DEFAULT '{}',
      -- 用户签认: the customer's name and time, and a drawn signature (PNG data URL) when one was drawn.
      signed_name TEXT NOT NULL DEFAULT '',
      signed_at INTEGER,
      signature TEXT,
      cancel_reason TEXT NOT NULL DEFAULT '',
      created_by INTEGER REFERENCES users(id),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      version INTEGER NOT NULL DEFAULT 0,
      CHECK (kind = 'inspection' OR request_id IS NOT NULL),
      CHECK (state NOT IN ('on_site', 'completed', 'signed_off') OR arrived_at IS NOT NULL),
      CHECK (state NOT IN ('completed', 'signed_off') OR (completed_at IS NOT NULL AND outcome IS NOT NULL)),
      CHECK (state <> 'signed_off' OR (signed_at IS NOT NULL AND signed_name <> ''))
    );
    CREATE INDEX work_orders_by_request ON work_orders (request_id, id) WHERE request_id IS NOT NULL;
    CREATE INDEX work_orders_by_equipment ON work_orders (equipment_id, id) WHERE equipment_id IS NOT NULL;
    CREATE INDEX work_orders_by_plan ON work_orders (plan_id, id) WHERE plan_id IS NOT NULL;
    -- The dispatcher's board: the open ones by state and day.
    CREATE INDEX work_orders_open ON work_orders (state, day_at, id) WHERE state IN ('draft', 'dispatched', 'on_site', 'completed');
    -- The board unfiltered: the open ones in day order, and the late ones (nobody there yet, the deadline passed).
    CREATE INDEX work_orders_open_by_day ON work_orders (day_at, id) WHERE state IN ('draft', 'dispatched', 'on_site', 'completed');
    CREATE INDEX work_orders_late ON work_orders (due_at, day_at, id) WHERE state IN ('draft', 'dispatched');
    CREATE INDEX work_orders_by_day ON work_orders (day_at, id);

    -- The technicians of a work order (one or more). \`open\` and \`day_at\` copy the work order's, kept by the triggers
    -- below, so that a technician's list reads its open work orders by day from this index alone.
    CREATE TABLE work_order_technicians (
      work_order_id INTEGER NOT NULL REFERENCES work_orders(id),
      user_id INTEGER NOT NULL REFERENCES users(id),
      open INTEGER NOT NULL DEFAULT 1,
      day_at INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (work_order_id, user_id)
    ) WITHOUT ROWID;
    CREATE INDEX work_order_technicians_list ON work_order_technicians (user_id, open, day_at, work_order_id);
    CREATE TRIGGER work_order_technicians_follow_on_insert AFTER INSERT ON work_order_technicians
    BEGIN
      UPDATE work_order_technicians
      SET open = (SELECT state IN ('draft', 'dispatched', 'on_site', 'completed') FROM work_orders WHERE id = NEW.work_order_id),
          day_at = (SELECT day_at FROM work_orders WHERE id = NEW.work_order_id)
      WHERE work_order_id = NEW.work_order_id AND user_id = NEW.user_id;
    END;
    CREATE TRIGGER work_order_technicians_follow_the_order AFTER UPDATE OF state, day_at ON work_orders
    BEGIN
      UPDATE work_order_technicians
      SET open = NEW.state IN ('draft', 'dispatched', 'on_site', 'completed'), day_at = NEW.day_at
      WHERE work_order_id = NEW.id;
    END;

    -- 应携带的备品备件: the parts to bring, as planned (what was used and returned is in the ledger, by source).
    CREATE TABLE work_order_planned_parts (
      work_order_id INTEGER NOT NULL REFERENCES work_orders(id),
      position INTEGER NOT NULL,
      part_id INTEGER NOT NULL REFERENCES parts(id),
      quantity INTEGER NOT NULL CHECK (quantity > 0),
      PRIMARY KEY (work_order_id, position)
    ) WITHOUT ROWID;

    -- 故障处理备品替换通知. The faulty unit (equipment and serial) and why; the spare lent (part, its serial, the loan-out
    -- movement) and when it was installed; the factory; the test before it goes back (测试合格); the reinstall with the
    -- loan-back movement; 收回 with the work order; or the failed repair, its scrap record and 正式代替事项.
    CREATE TABLE replacement_notices (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL CHECK (state IN ('spare_installed', 'at_factory', 'tested', 'reinstalled', 'recovered', 'repair_failed', 'formally_replaced', 'closed')),
      work_order_id INTEGER REFERENCES work_orders(id),
      request_id INTEGER REFERENCES requests(id),
      customer_id INTEGER REFERENCES customers(id),
      equipment_id INTEGER REFERENCES equipment(id),
      faulty_serial TEXT NOT NULL,
      reason TEXT NOT NULL,
      spare_part_id INTEGER NOT NULL REFERENCES parts(id),
      spare_serial TEXT NOT NULL DEFAULT '',
      spare_quantity INTEGER NOT NULL DEFAULT 1000 CHECK (spare_quantity > 0),
      loan_movement_id INTEGER NOT NULL REFERENCES stock_movements(id),
      installed_at INTEGER NOT NULL,
      sent_at INTEGER,
      factory TEXT NOT NULL DEFAULT '',
      -- 测试合格: the result, who tested, the date.
      test_result TEXT NOT NULL DEFAULT '',
      tester TEXT NOT NULL DEFAULT '',
      tested_on TEXT,
      reinstalled_at INTEGER,
      loan_back_movement_id INTEGER REFERENCES stock_movements(id),
      recovered_at INTEGER,
      repair_failed_at INTEGER,
      failure_reason TEXT NOT NULL DEFAULT '',
      scrap_record_id INTEGER REFERENCES scrap_records(id),
      -- 正式代替事项: the remarks recording that the spare is now the unit's formal replacement.
      formal_replacement TEXT NOT NULL DEFAULT '',
      formally_replaced_at INTEGER,
      closed_at INTEGER,
      remarks TEXT NOT NULL DEFAULT '',
      created_by INTEGER REFERENCES users(id),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      version INTEGER NOT NULL DEFAULT 0,
      -- The spare accounted for: back in stock, or the formal replacement.
      CHECK (state NOT IN ('reinstalled', 'recovered') OR loan_back_movement_id IS NOT NULL),
      CHECK (state NOT IN ('formally_replaced', 'closed') OR (formal_replacement <> '' AND loan_back_movement_id IS NULL)),
      CHECK (state <> 'repair_failed' OR scrap_record_id IS NOT NULL)
    );
    CREATE INDEX replacement_notices_open ON replacement_notices (installed_at, id) WHERE state NOT IN ('recovered', 'closed');
    CREATE INDEX replacement_notices_by_equipment ON replacement_notices (equipment_id, id) WHERE equipment_id IS NOT NULL;
    CREATE INDEX replacement_notices_by_work_order ON replacement_notices (work_order_id) WHERE work_order_id IS NOT NULL;
    CREATE INDEX replacement_notices_by_state ON replacement_notices (state, id);

    -- 报废品处理记录: a stock item (part and quantity, leaving by a scrap movement) or a customer's unit (its lifecycle
    -- becomes scrapped), from the notice or work order it came from.
    CREATE TABLE scrap_records (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL CHECK (state IN ('draft', 'appraising', 'awaiting_approval', 'approved', 'disposed', 'rejected')),
      source_kind TEXT CHECK (source_kind IN ('replacement_notice', 'work_order')),
      source_id INTEGER,
      item_kind TEXT NOT NULL CHECK (item_kind IN ('stock_part', 'customer_unit')),
      part_id INTEGER REFERENCES parts(id),
      quantity INTEGER CHECK (quantity > 0),
      equipment_id INTEGER REFERENCES equipment(id),
      customer_id INTEGER REFERENCES customers(id),
      serial TEXT NOT NULL DEFAULT '',
      item_description TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL CHECK (reason IN ('upgrade', 'repair_ineffective', 'other')),
      reason_text TEXT NOT NULL DEFAULT '',
      organised_by INTEGER REFERENCES users(id),
      appraisal_started_at INTEGER,
      -- The group's conclusion, its opinion and the disposal it proposes.
      conclusion TEXT CHECK (conclusion IN ('scrap', 'keep')),
      opinion TEXT NOT NULL DEFAULT '',
      proposed_method TEXT CHECK (proposed_method IN ('destroy', 'return_to_maker', 'recycle', 'sell_as_scrap')),
      concluded_at INTEGER,
      decided_by INTEGER REFERENCES users(id),
      decided_at INTEGER,
      approved_method TEXT CHECK (approved_method IN ('destroy', 'return_to_maker', 'recycle', 'sell_as_scrap')),
      rejection_reason TEXT NOT NULL DEFAULT '',
      disposed_by INTEGER REFERENCES users(id),
      disposed_at INTEGER,
      disposal_note TEXT NOT NULL DEFAULT '',
      scrap_movement_id INTEGER REFERENCES stock_movements(id),
      created_by INTEGER REFERENCES users(id),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      version INTEGER NOT NULL DEFAULT 0,
      CHECK ((source_kind IS NULL) = (source_id IS NULL)),
      CHECK (item_kind <> 'stock_part' OR (part_id IS NOT NULL AND quantity IS NOT NULL)),
      CHECK (item_kind <> 'customer_unit' OR equipment_id IS NOT NULL),
      CHECK (state NOT IN ('awaiting_approval', 'approved', 'disposed', 'rejected') OR (conclusion IS NOT NULL AND proposed_method IS NOT NULL)),
      CHECK (state NOT IN ('approved', 'disposed') OR (decided_by IS NOT NULL AND approved_method IS NOT NULL)),
      CHECK (state <> 'disposed' OR item_kind <> 'stock_part' OR conclusion <> 'scrap' OR scrap_movement_id IS NOT NULL)
    );
    CREATE INDEX scrap_records_by_state ON scrap_records (state, id);
    CREATE INDEX scrap_records_by_source ON scrap_records (source_kind, source_id) WHERE source_kind IS NOT NULL;
    CREATE INDEX scrap_records_by_equipment ON scrap_records (equipment_id, id) WHERE equipment_id IS NOT NULL;

    -- 临时技术鉴定小组: the appraisal group's members (at least two when the appraisal starts), a user or a name.
    CREATE TABLE scrap_appraisers (
      scrap_record_id INTEGER NOT NULL REFERENCES scrap_records(id),
      position INTEGER NOT NULL,
      user_id INTEGER REFERENCES users(id),
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (scrap_record_id, position)
    ) WITHOUT ROWID;
  `);
}
