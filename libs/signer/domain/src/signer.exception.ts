/** Why the signer refuses a call or a certificate request. Translated at each edge. */
export enum SignerErrorCode {
  /** A field is missing or malformed; the message names the field. */
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
  /** No key with that handle in the token. */
  KEY_NOT_FOUND = 'KEY_NOT_FOUND',
  /** The key belongs to the instance (root CA, the signer's own identity): never used for callers. */
  KEY_RESERVED = 'KEY_RESERVED',
  /** The caller acts for one member (its member token) and the key or listing is another's. */
  OTHER_MEMBER = 'OTHER_MEMBER',
  /** A certification request that is malformed, self-signed wrongly, or for another instance. */
  BAD_CSR = 'BAD_CSR',
  /** The member is not registered with the registry (not approved): no certificate. */
  MEMBER_NOT_APPROVED = 'MEMBER_NOT_APPROVED',
  /** A request over the bus asks for a certificate of a member other than its sender. */
  CSR_MEMBER_MISMATCH = 'CSR_MEMBER_MISMATCH',
  /** The envelope is signed and decodes, but is not a certificate request to the signer. */
  NOT_A_CERTIFICATE_REQUEST = 'NOT_A_CERTIFICATE_REQUEST',
  /** Bytes on the request topic that are not an envelope with a readable header (no sender). */
  UNDECODABLE = 'UNDECODABLE',
  /** The registry refused to publish the certificate (the message says why). */
  REGISTRY_REFUSED = 'REGISTRY_REFUSED',
  /** The registry could not be asked (retryable). */
  REGISTRY_UNAVAILABLE = 'REGISTRY_UNAVAILABLE',
}

/** Raised by the signer's domain services; `code` says what went wrong. */
export class SignerException extends Error {
  constructor(
    readonly code: SignerErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SignerException';
  }
}

export const invalidArgument = (field: string, why: string): SignerException =>
  new SignerException(SignerErrorCode.INVALID_ARGUMENT, `${field}: ${why}`);
