/** Why the view refused a configuration record or snapshot (the `reason` label of the metric). */
export enum RefusalReason {
  /** The envelope, its header or its payload does not decode (also: an empty value). */
  MALFORMED = 'malformed',
  /** Signed with a key other than the registry's (the anchor's registry certificate). */
  UNKNOWN_SIGNER = 'unknown_signer',
  /** The signature does not verify with the registry's public key. */
  BAD_SIGNATURE = 'bad_signature',
  /** The payload is not the one the signed header names. */
  DIGEST_MISMATCH = 'digest_mismatch',
  /** Not a MANAGEMENT envelope of the expected payload type. */
  WRONG_TYPE = 'wrong_type',
  /** The signed sender is not the member the registry certificate names. */
  SENDER_MISMATCH = 'sender_mismatch',
  /** The registry certificate (or the root) was not valid when the record was signed. */
  CERTIFICATE_INVALID = 'certificate_invalid',
  /** The Kafka key, the signed entity key and the entity's own key disagree. */
  KEY_MISMATCH = 'key_mismatch',
}

/** A record the view will not apply; carries no payload (it may be logged). */
export class RecordRefusedException extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(`${reason}: ${message}`);
    this.name = 'RecordRefusedException';
  }
}

export enum RegistryViewErrorCode {
  /** A lookup or readiness check before start() caught up. */
  NOT_STARTED = 'NOT_STARTED',
  /** The view is older (heartbeat age) or further behind (lag) than allowed. */
  NOT_FRESH = 'NOT_FRESH',
  /** start() after stop(), or twice at once. */
  INVALID_STATE = 'INVALID_STATE',
}

export class RegistryViewException extends Error {
  constructor(
    readonly code: RegistryViewErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryViewException';
  }
}
