import type { ApiError, ErrorCode } from '../../../shared/api/envelope';

/** A refusal a handler throws; `invoke` turns it into the envelope's error. */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly reason?: string,
    readonly details?: ApiError['details'],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: unknown) =>
  new DomainError('not_found', `${what} ${String(id)} does not exist`, 'notFound');

export const staleVersion = (what: string) =>
  new DomainError('conflict', `${what} was changed by someone else; reload it and apply your change again`, 'staleVersion');

export const invalidState = (message: string, reason: string) => new DomainError('invalid_state', message, reason);

/** A value that breaks a rule the schema cannot express (a duplicate name, say), tied to a field of the form. */
export const fieldInvalid = (path: string, key: string, message: string) =>
  new DomainError('validation', message, key, { fields: [{ path, key }] });
