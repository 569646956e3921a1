export enum RegistryErrorCode {
  /** A field is missing or malformed; the message names the field. */
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
  NOT_FOUND = 'NOT_FOUND',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  /** The change is illegal in the entity's current state (e.g. approving a revoked subscription). */
  FAILED_PRECONDITION = 'FAILED_PRECONDITION',
  /** The actor may not make this change (e.g. approving a subscription to someone else's event type). */
  PERMISSION_DENIED = 'PERMISSION_DENIED',
}

export class RegistryException extends Error {
  constructor(
    readonly code: RegistryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryException';
  }
}

export const invalid = (field: string, why: string): RegistryException =>
  new RegistryException(RegistryErrorCode.INVALID_ARGUMENT, `${field}: ${why}`);
export const notFound = (what: string): RegistryException =>
  new RegistryException(RegistryErrorCode.NOT_FOUND, `${what} not found`);
export const alreadyExists = (what: string): RegistryException =>
  new RegistryException(RegistryErrorCode.ALREADY_EXISTS, `${what} already exists`);
export const precondition = (why: string): RegistryException =>
  new RegistryException(RegistryErrorCode.FAILED_PRECONDITION, why);
export const denied = (why: string): RegistryException =>
  new RegistryException(RegistryErrorCode.PERMISSION_DENIED, why);
