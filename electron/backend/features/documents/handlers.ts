import { extname } from 'node:path';
import { DOCUMENT_MAX_BYTES, type documentsApi } from '../../../../shared/api/documents';
import { signedIn, type HandlersOf } from '../../context';
import { DomainError, fieldInvalid, invalidState, notFound } from '../../lib/errors';
import { findCustomer, findSite } from '../customers';
import { recordTimelineEvent } from '../../records/timeline';
import { findEquipment } from '../equipment';
import { centerToday } from '../../lib/center-time';
import { documentsOf, findDocument, insertDocument, readDocumentFile, storeDocumentFile } from './repository';

const MIME_BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.dwg': 'image/vnd.dwg',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.txt': 'text/plain',
};

export const documentsHandlers = {
  'documents.add': (ctx, input) => {
    const customer = findCustomer(ctx.db, input.customerId);
    if (!customer) throw notFound('Customer', input.customerId);
    if (customer.mergedInto !== null) throw invalidState('The customer was merged into another', 'customers.merged');
    if (input.siteId != null && findSite(ctx.db, input.siteId)?.customerId !== customer.id) {
      throw fieldInvalid('siteId', 'validation.unknownSite', `Site ${input.siteId} is not a site of this customer`);
    }
    const now = ctx.now();
    if (input.equipmentId != null && findEquipment(ctx.db, input.equipmentId, centerToday(ctx.db, now))?.customerId !== customer.id) {
      throw fieldInvalid('equipmentId', 'validation.unknownEquipment', `Equipment ${input.equipmentId} is not this customer's`);
    }
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length === 0) throw fieldInvalid('contentBase64', 'validation.emptyFile', 'The file is empty');
    if (content.length > DOCUMENT_MAX_BYTES) {
      throw new DomainError('validation', 'The file is larger than 25 MiB', 'documents.tooLarge');
    }
    const sha256 = storeDocumentFile(ctx.services.dataDir, content);
    return ctx.write(() => {
      const id = insertDocument(ctx.db, {
        customerId: customer.id,
        siteId: input.siteId ?? null,
        equipmentId: input.equipmentId ?? null,
        kind: input.kind,
        title: input.title ?? '',
        fileName: input.fileName,
        sha256,
        sizeBytes: content.length,
        mimeType: input.mimeType || MIME_BY_EXTENSION[extname(input.fileName).toLowerCase()] || 'application/octet-stream',
        addedAt: now,
        addedById: signedIn(ctx).id,
      });
      recordTimelineEvent(ctx.db, {
        customerId: customer.id,
        equipmentId: input.equipmentId ?? null,
        at: now,
        kind: 'document.added',
        actorId: signedIn(ctx).id,
        details: { kind: input.kind, fileName: input.fileName, siteId: input.siteId ?? null },
      });
      const added = findDocument(ctx.db, id)!;
      ctx.audit({ entity: 'document', entityId: id, after: added });
      return added;
    });
  },

  'documents.list': (ctx, input) => ({ items: documentsOf(ctx.db, input.customerId, input.siteId) }),

  'documents.content': (ctx, input) => {
    const document = findDocument(ctx.db, input.id);
    if (!document) throw notFound('Document', input.id);
    const content = readDocumentFile(ctx.services.dataDir, document.sha256);
    if (!content) throw new DomainError('not_found', 'The file of this document is missing from the data folder', 'documents.fileMissing');
    return { fileName: document.fileName, mimeType: document.mimeType, contentBase64: content.toString('base64') };
  },
} satisfies HandlersOf<typeof documentsApi>;
