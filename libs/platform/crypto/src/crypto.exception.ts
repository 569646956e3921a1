export enum CryptoErrorCode {
  /** A key of a type or curve that Sild does not sign with. */
  UNSUPPORTED_KEY = 'UNSUPPORTED_KEY',
  /** Bytes that are not a well-formed certificate or certification request. */
  MALFORMED = 'MALFORMED',
  /** A certification request whose self-signature does not verify. */
  BAD_CSR_SIGNATURE = 'BAD_CSR_SIGNATURE',
  /** A subject that does not name a member (C, O and CN, see docs/wire-format.md). */
  BAD_SUBJECT = 'BAD_SUBJECT',
  /** The certificate was not issued by the trusted root, or is not a member signing certificate. */
  UNTRUSTED = 'UNTRUSTED',
  /** The certificate (or its root) is not valid at the time asked about. */
  NOT_VALID_AT_TIME = 'NOT_VALID_AT_TIME',
  /** A private key that cannot be read, decrypted or protected (e.g. a weak passphrase). */
  BAD_KEY = 'BAD_KEY',
}

/** Raised by the PKI and signing helpers; `code` says what went wrong. */
export class CryptoException extends Error {
  constructor(
    readonly code: CryptoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CryptoException';
  }
}
