// RFC 6962 / RFC 9162 section 2.1.1 hashing with SHA-256: leaves and interior nodes are
// domain-separated by a one-byte prefix, so a leaf can never pass for a node.
import { createHash } from 'node:crypto';
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';

/** Bytes in a SHA-256 hash: every leaf hash, node hash, root and proof element. */
export const HASH_SIZE = 32;

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/** SHA-256 of the empty string: the root of the empty tree (MTH({}) = HASH()). */
export const EMPTY_ROOT: Uint8Array = createHash('sha256').digest();

/** HASH(0x00 || leaf): the hash of one log entry's bytes. */
export function leafHash(leaf: Uint8Array): Buffer {
  return createHash('sha256').update(Uint8Array.of(LEAF_PREFIX)).update(leaf).digest();
}

const nodeInput = Buffer.alloc(1 + 2 * HASH_SIZE);
nodeInput[0] = NODE_PREFIX;

/** HASH(0x01 || left || right): the hash of an interior node (both children 32 bytes). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  nodeInput.set(checkHash(left, 'left child hash'), 1);
  nodeInput.set(checkHash(right, 'right child hash'), 1 + HASH_SIZE);
  return createHash('sha256').update(nodeInput).digest();
}

/** Byte-wise equality of two hashes (they are public values: no constant-time need). */
export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** Throws BAD_HASH_LENGTH unless `hash` is exactly 32 bytes; `what` names it in the message. */
export function checkHash(hash: Uint8Array, what: string): Uint8Array {
  if (hash.length !== HASH_SIZE) {
    throw proofsError(
      AuditProofsErrorCode.BAD_HASH_LENGTH,
      `${what} is ${hash.length} bytes, a SHA-256 hash is ${HASH_SIZE}`,
    );
  }
  return hash;
}
