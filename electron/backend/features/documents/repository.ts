// Handover documents: metadata in the database, files in the data folder named by their SHA-256.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Db } from '../../db/connection';
import type { DocumentKind, HandoverDocument } from '../../../../shared/api/equipment';

interface DocumentRow {
  id: number;
  customer_id: number;
  site_id: number | null;
  equipment_id: number | null;
  kind: DocumentKind;
  title: string;
  file_name: string;
  sha256: string;
  size_bytes: number;
  mime_type: string;
  added_at: number;
  added_by_name: string | null;
}

const toDocument = (row: DocumentRow): HandoverDocument => ({
  id: row.id,
  customerId: row.customer_id,
  siteId: row.site_id,
  equipmentId: row.equipment_id,
  kind: row.kind,
  title: row.title,
  fileName: row.file_name,
  sha256: row.sha256,
  sizeBytes: row.size_bytes,
  mimeType: row.mime_type,
  addedAt: row.added_at,
  addedBy: row.added_by_name,
});

const SELECT = `SELECT d.*, u.display_name AS added_by_name FROM handover_documents d LEFT JOIN users u ON u.id = d.added_by`;

export function findDocument(db: Db, id: number): HandoverDocument | null {
  const row = sql(db, `${SELECT} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
  return row ? toDocument(row) : null;
}

export function documentsOf(db: Db, customerId: number, siteId?: number): HandoverDocument[] {
  const rows = sql(
    db,
    `${SELECT} WHERE d.customer_id = @customerId AND (@siteId IS NULL OR d.site_id = @siteId) ORDER BY d.id`,
  ).all({ customerId, siteId: siteId ?? null }) as DocumentRow[];
  return rows.map(toDocument);
}

export function insertDocument(
  db: Db,
  doc: Omit<HandoverDocument, 'id' | 'addedBy'> & { addedById: number },
): number {
  return Number(
    sql(
      db,
      `INSERT INTO handover_documents (customer_id, site_id, equipment_id, kind, title, file_name, sha256, size_bytes,
         mime_type, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      doc.customerId,
      doc.siteId,
      doc.equipmentId,
      doc.kind,
      doc.title,
      doc.fileName,
      doc.sha256,
      doc.sizeBytes,
      doc.mimeType,
      doc.addedAt,
      doc.addedById,
    ).lastInsertRowid,
  );
}

/** Where a file with this hash lives: documents/ab/abcdef… in the data folder. */
export function documentPath(dataDir: string, sha256: string): string {
  return join(dataDir, 'documents', sha256.slice(0, 2), sha256);
}

/** Stores the bytes under their hash, durably, before the database row that names them is committed. */
export function storeDocumentFile(dataDir: string, content: Buffer): string {
  const sha256 = createHash('sha256').update(content).digest('hex');
  const path = documentPath(dataDir, sha256);
  if (existsSync(path)) return sha256;
  mkdirSync(join(dataDir, 'documents', sha256.slice(0, 2)), { recursive: true });
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return sha256;
}

export function readDocumentFile(dataDir: string, sha256: string): Buffer | null {
  const path = documentPath(dataDir, sha256);
  return existsSync(path) ? readFileSync(path) : null;
}
