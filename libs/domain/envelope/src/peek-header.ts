import { wire, type Header } from '@sild/contracts';
import { readEnvelopeFrame } from './envelope-frame';

/** Generous bounds for reading a header out of bytes that may be refused later as too large. */
const PEEK_LIMITS = { maxEnvelopeBytes: 64 * 1024 * 1024, maxHeaderBytes: 64 * 1024 };

/** An envelope's header as it claims to be: nothing checked, nothing trusted. */
export interface PeekedHeader {
  readonly header: Header;
  readonly headerBytes: Uint8Array;
}

/**
 * Reads the header of envelope bytes without verifying anything, to learn whom to answer and in
 * which trace. Undefined when the bytes are not an envelope with a decodable header.
 */
export function peekHeader(bytes: Uint8Array | null): PeekedHeader | undefined {
  if (!bytes) return undefined;
  try {
    const frame = readEnvelopeFrame(bytes, PEEK_LIMITS);
    return { header: wire.Header.decode(frame.header), headerBytes: frame.header };
  } catch {
    return undefined;
  }
}

/** Whether a refusal can be answered: the claimed sender and message id are complete. */
export const answerable = (header: Header): boolean =>
  Boolean(
    header.messageId && header.sender?.instance && header.sender.memberClass && header.sender.memberCode,
  );
