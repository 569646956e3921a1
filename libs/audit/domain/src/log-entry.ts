// What the audit log appends: one entry per Kafka record of an envelope or decisions topic.
import type { AuditLeaf } from '@sild/audit-proofs';

/** A Kafka record as the audit consumer read it (the value exactly as received). */
export interface ReceivedRecord {
  readonly topic: string;
  readonly partition: number;
  /** Decimal offset (Kafka offsets are 64-bit; the log accepts those below 2^53). */
  readonly offset: string;
  readonly value: Uint8Array | null;
  /** The record's Kafka timestamp (ms): the time the envelope is judged at. */
  readonly timestampMs: number;
}

/** The signed parts of an envelope, without its payload (what the log keeps by default). */
export interface EnvelopeParts {
  /** The header bytes exactly as received. */
  readonly header: Uint8Array;
  /** `sild.v1.SignatureAlgorithm` number. */
  readonly algorithm: number;
  readonly keyId: Uint8Array;
  readonly signature: Uint8Array;
}

/** One entry, ready to append. */
export interface LogEntry {
  readonly leaf: AuditLeaf;
  readonly leafBytes: Uint8Array;
  readonly leafHash: Uint8Array;
  /** Why the envelope is invalid, in the verifier's words; null for valid envelopes and decisions. */
  readonly refusal: string | null;
  /** The envelope's signed parts; null for decisions and bytes that are not an envelope. */
  readonly envelope: EnvelopeParts | null;
  /** A decision record's bytes as received (metadata only, kept whole); null otherwise. */
  readonly decisionRecord: Uint8Array | null;
  /** The whole record (payload included) encrypted with the payload key, when configured. */
  readonly sealedRecord: Uint8Array | null;
}

/** `topic/partition`, the key of a consumer position. */
export const partitionKey = (topic: string, partition: number): string => `${topic}/${partition}`;

/** `topic/partition@offset`: a record's identity in the log (at most one entry each). */
export const recordKey = (record: { topic: string; partition: number; offset: number | string }): string =>
  `${record.topic}/${record.partition}@${record.offset}`;
