import { wire, type Header } from '@sild/contracts';
import { readEnvelopeFrame } from '@sild/domain-envelope';

/** Generous bounds for reading a header out of bytes that may be refused as too large. */
const CLAIM_LIMITS = { maxEnvelopeBytes: 64 * 1024 * 1024, maxHeaderBytes: 64 * 1024 };

/**
 * The header refused bytes claim to have, for the decision record only: nothing checked,
 * nothing trusted. Undefined when the bytes are not an envelope with a decodable header.
 */
export function claimedHeader(bytes: Uint8Array | null): Header | undefined {
  if (!bytes) return undefined;
  try {
    return wire.Header.decode(readEnvelopeFrame(bytes, CLAIM_LIMITS).header);
  } catch {
    return undefined;
  }
}
