// Signatures already found valid, remembered by a digest of what was checked, so that the same
// envelope read again skips the public-key operation: the audit reads each event on its event
// topic and again, unaltered, as the router's copy on every subscription topic. Validity depends
// on nothing but the key (named by the key id), the signed bytes and the signature, so only valid
// ones are remembered, and the checks that depend on time run every time all the same.
import { createHash } from 'node:crypto';

export class VerifiedSignatures {
  private readonly digests = new Set<string>();

  /** `capacity`: digests kept; the oldest is forgotten first. */
  constructor(private readonly capacity: number) {}

  /** What identifies one check: the key id, the to-be-signed bytes (length first) and the signature. */
  static digestOf(keyId: Uint8Array, tbs: Uint8Array, signature: Uint8Array): string {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(tbs.length);
    return createHash('sha256').update(keyId).update(length).update(tbs).update(signature).digest('base64');
  }

  has(digest: string): boolean {
    return this.digests.has(digest);
  }

  remember(digest: string): void {
    if (this.digests.size >= this.capacity) {
      const oldest = this.digests.values().next();
      if (!oldest.done) this.digests.delete(oldest.value);
    }
    this.digests.add(digest);
  }
}
