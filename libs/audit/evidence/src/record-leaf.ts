// The leaf of a Kafka record, built the same way by the audit service when it appends and by
// `sild audit verify` when it rebuilds a leaf from the evidence (docs/auditing.md, "Leaf layout").
// A leaf whose fields do not fit the layout (unknown enum values, huge strings) is logged bare:
// the record digest and position only, as MALFORMED.
import {
  LeafEntryType,
  decisionLeaf,
  encodeLeaf,
  envelopeLeaf,
  type AuditLeaf,
  type KafkaPosition,
} from '@sild/audit-proofs';
import { Reason, wire, type DecisionFields, type HeaderFields } from '@sild/contracts';
import { DEFAULT_LIMITS, readEnvelopeFrame, sha256, type EnvelopeFrame } from '@sild/domain-envelope';

export interface RecordLeaf {
  readonly leaf: AuditLeaf;
  readonly bytes: Uint8Array;
}

/** The envelope fields of bytes, or undefined when they are not a well-framed envelope. */
export function frameOf(bytes: Uint8Array): EnvelopeFrame | undefined {
  try {
    return readEnvelopeFrame(bytes, DEFAULT_LIMITS);
  } catch {
    return undefined;
  }
}

/** The header in header bytes, as the sender wrote it (no rules checked), or null. */
export function headerOf(header: Uint8Array | undefined): HeaderFields | null {
  if (!header || header.length === 0) return null;
  try {
    return wire.Header.decode(header);
  } catch {
    return null;
  }
}

function bareLeaf(recordSha256: Uint8Array, position: KafkaPosition): RecordLeaf {
  const leaf = envelopeLeaf({
    envelopeSha256: recordSha256,
    header: null,
    position,
    reason: Reason.REASON_MALFORMED,
  });
  return { leaf, bytes: encodeLeaf(leaf) };
}

function encodedOr(leaf: AuditLeaf, bare: () => RecordLeaf): RecordLeaf {
  try {
    return { leaf, bytes: encodeLeaf(leaf) };
  } catch {
    return bare();
  }
}

/**
 * The leaf of an envelope record judged with `reason` (UNSPECIFIED: valid), from its header
 * bytes (or the header they decode to, when the caller decoded them already); `envelopeSha256`
 * is the SHA-256 of the whole record as received.
 */
export function envelopeRecordLeaf(
  envelopeSha256: Uint8Array,
  header: Uint8Array | HeaderFields | undefined,
  position: KafkaPosition,
  reason: Reason,
): RecordLeaf {
  const fields = header instanceof Uint8Array || header === undefined ? headerOf(header) : header;
  return encodedOr(envelopeLeaf({ envelopeSha256, header: fields, position, reason }), () =>
    bareLeaf(envelopeSha256, position),
  );
}

/** The leaf of a decisions-topic record; bytes that are no decision get a bare MALFORMED leaf. */
export function decisionRecordLeaf(bytes: Uint8Array, position: KafkaPosition): RecordLeaf {
  const recordSha256 = sha256(bytes);
  let decision: DecisionFields | undefined;
  try {
    decision = bytes.length > 0 ? wire.Decision.decode(bytes) : undefined;
  } catch {
    decision = undefined;
  }
  if (!decision) return bareLeaf(recordSha256, position);
  return encodedOr(decisionLeaf({ recordSha256, decision, position }), () =>
    bareLeaf(recordSha256, position),
  );
}

/** Whether a leaf records a decision (bytes that were no decision get a bare envelope leaf). */
export const isDecisionLeaf = (leaf: AuditLeaf): boolean => leaf.entryType === LeafEntryType.DECISION;
