/** Why a proof, checkpoint, signed note, key or leaf record was refused. */
export enum AuditProofsErrorCode {
  /** A tree size or leaf index that is not a non-negative safe integer. */
  BAD_SIZE = 'BAD_SIZE',
  /** The leaf index is not below the tree size. */
  INDEX_OUT_OF_RANGE = 'INDEX_OUT_OF_RANGE',
  /** A hash (leaf hash, root or proof element) that is not 32 bytes long. */
  BAD_HASH_LENGTH = 'BAD_HASH_LENGTH',
  /** The proof has fewer hashes than the tree sizes need. */
  PROOF_TOO_SHORT = 'PROOF_TOO_SHORT',
  /** The proof has more hashes than the tree sizes need. */
  PROOF_TOO_LONG = 'PROOF_TOO_LONG',
  /** The root computed from an inclusion proof differs from the expected root. */
  ROOT_MISMATCH = 'ROOT_MISMATCH',
  /** The root of the smaller tree computed from a consistency proof differs from its expected root. */
  FIRST_ROOT_MISMATCH = 'FIRST_ROOT_MISMATCH',
  /** The root of the larger tree computed from a consistency proof differs from its expected root. */
  SECOND_ROOT_MISMATCH = 'SECOND_ROOT_MISMATCH',
  /** A consistency proof asked for from a larger to a smaller tree. */
  SIZES_OUT_OF_ORDER = 'SIZES_OUT_OF_ORDER',
  /** A consistency proof from the empty tree, which proves nothing and is refused. */
  EMPTY_FIRST_TREE = 'EMPTY_FIRST_TREE',
  /** A node source that answered with the wrong number of hashes or a hash of the wrong length. */
  NODE_SOURCE_MISMATCH = 'NODE_SOURCE_MISMATCH',
  /** A proof document (JSON) that is not well-formed. */
  PROOF_MALFORMED = 'PROOF_MALFORMED',
  /** A signed note that is not well-formed (text, blank line, signature lines, trailing junk). */
  NOTE_MALFORMED = 'NOTE_MALFORMED',
  /** A signed note with no signature by any of the keys the verifier knows. */
  UNKNOWN_KEY = 'UNKNOWN_KEY',
  /** A signature by a known key that does not verify. */
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  /** A key name, verifier key string or private key that cannot be used. */
  BAD_KEY = 'BAD_KEY',
  /** A checkpoint body that is not origin, decimal size, base64 root hash (+ extension lines). */
  CHECKPOINT_MALFORMED = 'CHECKPOINT_MALFORMED',
  /** A checkpoint of another log than the one expected. */
  WRONG_ORIGIN = 'WRONG_ORIGIN',
  /** Leaf record bytes that are truncated, too long, of an unknown version or otherwise malformed. */
  LEAF_MALFORMED = 'LEAF_MALFORMED',
  /** A leaf record field that cannot be encoded (wrong length, out of range, too long). */
  LEAF_FIELD_INVALID = 'LEAF_FIELD_INVALID',
}

/** Raised by the verifiable-log library; `code` says what failed, the message says why. */
export class AuditProofsException extends Error {
  constructor(
    readonly code: AuditProofsErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'AuditProofsException';
  }
}

export const proofsError = (code: AuditProofsErrorCode, message: string): AuditProofsException =>
  new AuditProofsException(code, message);

/** `1 hash`, `3 hashes`: for messages about proof lengths. */
export const hashes = (count: number): string => `${count} hash${count === 1 ? '' : 'es'}`;
