// Optional storage of whole records (payload included) for chosen services and event types,
// encrypted with AES-256-GCM: `0x01 || 12-byte nonce || ciphertext || 16-byte tag`, the record's
// SHA-256 as additional data, so a sealed record cannot be moved to another entry.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { LeafEntryType, type AuditLeaf } from '@sild/audit-proofs';
import { AuditErrorCode, auditError } from './audit.exception';

const VERSION = 1;
const NONCE = 12;
const TAG = 16;
export const PAYLOAD_KEY_BYTES = 32;

/** A pattern of AUDIT_STORE_PAYLOADS: an exact service or event type, or a prefix ending in `*`. */
export function matchesPattern(pattern: string, service: string): boolean {
  return pattern.endsWith('*') ? service.startsWith(pattern.slice(0, -1)) : service === pattern;
}

export class PayloadSealer {
  constructor(
    private readonly key: Uint8Array,
    private readonly patterns: readonly string[],
  ) {
    if (key.length !== PAYLOAD_KEY_BYTES) {
      throw auditError(AuditErrorCode.INVALID_ARGUMENT, `the payload key must be ${PAYLOAD_KEY_BYTES} bytes`);
    }
  }

  /** Whether envelopes of this leaf's service or event type are kept whole. */
  wants(leaf: AuditLeaf): boolean {
    return (
      leaf.entryType === LeafEntryType.ENVELOPE &&
      leaf.service !== '' &&
      this.patterns.some((pattern) => matchesPattern(pattern, leaf.service))
    );
  }

  /** The sealed record, or null when the leaf's service is not configured. */
  seal(leaf: AuditLeaf, record: Uint8Array): Uint8Array | null {
    if (!this.wants(leaf)) return null;
    const nonce = randomBytes(NONCE);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(leaf.recordSha256);
    const body = Buffer.concat([cipher.update(record), cipher.final()]);
    return Buffer.concat([Uint8Array.of(VERSION), nonce, body, cipher.getAuthTag()]);
  }

  /** The record back; a wrong key, another entry's seal or a changed byte is LOG_INCONSISTENT. */
  open(sealed: Uint8Array, recordSha256: Uint8Array): Uint8Array {
    if (sealed.length < 1 + NONCE + TAG || sealed[0] !== VERSION) {
      throw auditError(AuditErrorCode.LOG_INCONSISTENT, 'a sealed record is not in the version 1 layout');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(1, 1 + NONCE));
    decipher.setAAD(recordSha256);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    try {
      return Buffer.concat([
        decipher.update(sealed.subarray(1 + NONCE, sealed.length - TAG)),
        decipher.final(),
      ]);
    } catch (error) {
      throw auditError(
        AuditErrorCode.LOG_INCONSISTENT,
        'a sealed record does not open with the payload key (other key, entry or bytes)',
        error,
      );
    }
  }
}
