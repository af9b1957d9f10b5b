// Product models, equipment at a customer's sites, and warranty renewals.
import { sql, type Db } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import { codeKey } from '../../../../shared/customers/text';
import { warrantyStatus } from '../../../../shared/customers/dates';
import type {
  Equipment,
  LifecycleState,
  ModelStatus,
  ProductModel,
  ProductModelListing,
  WarrantyRenewal,
} from '../../../../shared/api/equipment';

interface ModelRow {
  id: number;
  model: string;
  product_name: string;
  category: string;
  status: ModelStatus;
  successor_model: string;
  notes: string;
  version: number;
}

const toModel = (row: ModelRow): ProductModel => ({
  id: row.id,
  model: row.model,
  productName: row.product_name,
  category: row.category,
  status: row.status,
  successorModel: row.successor_model,
  notes: row.notes,
  version: row.version,
});

export function findModel(db: Db, id: number): ProductModel | null {
  const row = sql(db, 'SELECT * FROM product_models WHERE id = ?').get(id) as ModelRow | undefined;
  return row ? toModel(row) : null;
}

export function listModels(db: Db, status: ModelStatus | undefined): ProductModel[] {
  const rows = sql(db, 'SELECT * FROM product_models WHERE @status IS NULL OR status = @status ORDER BY model_key').all({
    status: status ?? null,
  }) as ModelRow[];
  return rows.map(toModel);
}

/**
 * The models with how many pieces of equipment and customers have each. Each count is a search of the
 * (model_id, customer_id) index, never of the equipment rows; all together they still read every entry of that index
 * (about 20 ms at 300,000 pieces of equipment), which is why only the models screen asks for them.
 */
export function listModelsWithCounts(db: Db, status: ModelStatus | undefined): ProductModelListing[] {
  const rows = sql(
    db,
    `SELECT m.*,
       (SELECT COUNT(*) FROM equipment e WHERE e.model_id = m.id) AS equipment_count,
       (SELECT COUNT(DISTINCT e.customer_id) FROM equipment e WHERE e.model_id = m.id) AS customer_count
     FROM product_models m WHERE @status IS NULL OR m.status = @status ORDER BY m.model_key`,
  ).all({ status: status ?? null }) as Array<ModelRow & { equipment_count: number; customer_count: number }>;
  return rows.map((row) => ({ ...toModel(row), equipmentCount: row.equipment_count, customerCount: row.customer_count }));
}

/** The model's id, adding the model when it is new (the first spelling seen is kept). */
export function ensureModel(db: Db, model: string, productName: string, category: string, now: number): number {
  const key = codeKey(model);
  const existing = sql(db, 'SELECT id FROM product_models WHERE model_key = ?').get(key) as { id: number } | undefined;
  if (existing) return existing.id;
  return Number(
    sql(
      db,
      `INSERT INTO product_models (model, model_key, product_name, category, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(model, key, productName, category, now, now).lastInsertRowid,
  );
}

export function updateModelColumns(
  db: Db,
  id: number,
  expectedVersion: number,
  columns: Partial<Pick<ModelRow, 'status' | 'successor_model' | 'notes'>>,
  now: number,
): boolean {
  return updateVersionedRow(db, 'product_models', id, expectedVersion, columns, now);
}

interface EquipmentRow {
  id: number;
  customer_id: number;
  site_id: number | null;
  model_id: number;
  model: string;
  product_name: string;
  model_status: ModelStatus;
  serial_number: string;
  category: string;
  install_date: string | null;
  acceptance_date: string | null;
  warranty_start: string | null;
  warranty_end: string | null;
  lifecycle: LifecycleState;
  notes: string;
  version: number;
}

const EQUIPMENT_SELECT = `SELECT e.*, m.model, m.product_name, m.status AS model_status
  FROM equipment e JOIN product_models m ON m.id = e.model_id`;

function renewalsOf(db: Db, equipmentId: number): WarrantyRenewal[] {
  const rows = sql(
    db,
    `SELECT r.*, u.display_name AS renewed_by_name FROM warranty_renewals r LEFT JOIN users u ON u.id = r.renewed_by
     WHERE r.equipment_id = ? ORDER BY r.id`,
  ).all(equipmentId) as Array<{
    id: number;
    equipment_id: number;
    contract_number: string;
    previous_end: string | null;
    new_end: string;
    fee_fen: number;
    renewed_at: number;
    renewed_by_name: string | null;
  }>;
  return rows.map((r) => ({
    id: r.id,
    equipmentId: r.equipment_id,
    contractNumber: r.contract_number,
    previousEnd: r.previous_end,
    newEnd: r.new_end,
    feeFen: r.fee_fen,
    renewedAt: r.renewed_at,
    renewedBy: r.renewed_by_name,
  }));
}

function toEquipment(db: Db, row: EquipmentRow, today: string): Equipment {
  return {
    id: row.id,
    customerId: row.customer_id,
    siteId: row.site_id,
    modelId: row.model_id,
    model: row.model,
    productName: row.product_name,
    modelStatus: row.model_status,
    serialNumber: row.serial_number,
    category: row.category,
    installDate: row.install_date,
    acceptanceDate: row.acceptance_date,
    warrantyStart: row.warranty_start,
    warrantyEnd: row.warranty_end,
    warrantyStatus: warrantyStatus(row.warranty_end, today),
    lifecycle: row.lifecycle,
    notes: row.notes,
    renewals: renewalsOf(db, row.id),
    version: row.version,
  };
}

export function findEquipment(db: Db, id: number, today: string): Equipment | null {
  const row = sql(db, `${EQUIPMENT_SELECT} WHERE e.id = ?`).get(id) as EquipmentRow | undefined;
  return row ? toEquipment(db, row, today) : null;
}

export function equipmentOf(db: Db, customerId: number, today: string): Equipment[] {
  const rows = sql(db, `${EQUIPMENT_SELECT} WHERE e.customer_id = ? ORDER BY e.id`).all(customerId) as EquipmentRow[];
  return rows.map((row) => toEquipment(db, row, today));
}

export interface EquipmentColumns {
  site_id?: number | null;
  model_id?: number;
  serial_number?: string;
  serial_key?: string;
  category?: string;
  install_date?: string | null;
  acceptance_date?: string | null;
  warranty_start?: string | null;
  warranty_end?: string | null;
  lifecycle?: LifecycleState;
  notes?: string;
}

export function serialTaken(db: Db, modelId: number, serialNumber: string, exceptId: number | null): boolean {
  return (
    sql(db, 'SELECT 1 FROM equipment WHERE model_id = ? AND serial_key = ? AND id IS NOT ?').get(
      modelId,
      codeKey(serialNumber),
      exceptId,
    ) !== undefined
  );
}

export function insertEquipment(
  db: Db,
  customerId: number,
  modelId: number,
  serialNumber: string,
  columns: EquipmentColumns,
  now: number,
): number {
  return Number(
    sql(
      db,
      `INSERT INTO equipment (customer_id, site_id, model_id, serial_number, serial_key, category, install_date,
         acceptance_date, warranty_start, warranty_end, lifecycle, notes, created_at, updated_at)
       VALUES (@customer_id, @site_id, @model_id, @serial_number, @serial_key, @category, @install_date,
         @acceptance_date, @warranty_start, @warranty_end, @lifecycle, @notes, @now, @now)`,
    ).run({
      customer_id: customerId,
      site_id: columns.site_id ?? null,
      model_id: modelId,
      serial_number: serialNumber,
      serial_key: codeKey(serialNumber),
      category: columns.category ?? '',
      install_date: columns.install_date ?? null,
      acceptance_date: columns.acceptance_date ?? null,
      warranty_start: columns.warranty_start ?? null,
      warranty_end: columns.warranty_end ?? null,
      lifecycle: columns.lifecycle ?? 'in_service',
      notes: columns.notes ?? '',
      now,
    }).lastInsertRowid,
  );
}

export function updateEquipmentColumns(
  db: Db,
  id: number,
  expectedVersion: number,
  columns: EquipmentColumns,
  now: number,
): boolean {
  return updateVersionedRow(db, 'equipment', id, expectedVersion, { ...columns }, now);
}

export function insertRenewal(
  db: Db,
  renewal: { equipmentId: number; contractNumber: string; previousEnd: string | null; newEnd: string; feeFen: number },
  by: number,
  now: number,
): void {
  sql(
    db,
    `INSERT INTO warranty_renewals (equipment_id, contract_number, previous_end, new_end, fee_fen, renewed_at, renewed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(renewal.equipmentId, renewal.contractNumber, renewal.previousEnd, renewal.newEnd, renewal.feeFen, now, by);
}

/** The customers with equipment of a model, each with the serial numbers they have. */
export function customersWithModel(db: Db, modelId: number): Map<number, string[]> {
  const rows = sql(
    db,
    `SELECT e.customer_id, e.serial_number FROM equipment e JOIN customers c ON c.id = e.customer_id
     WHERE e.model_id = ? AND c.merged_into IS NULL ORDER BY e.customer_id, e.id`,
  ).all(modelId) as { customer_id: number; serial_number: string }[];
  const byCustomer = new Map<number, string[]>();
  for (const row of rows) byCustomer.set(row.customer_id, [...(byCustomer.get(row.customer_id) ?? []), row.serial_number]);
  return byCustomer;
}
