// Turns a Kafka record into a log entry: envelopes are authenticated (as of the record's Kafka
// timestamp, no replay check) and logged VALID or INVALID with the reason; decision records are
// logged as they are. Bytes that are neither are logged too, as INVALID MALFORMED envelopes.
import { leafHash, type KafkaPosition } from '@sild/audit-proofs';
import { decisionRecordLeaf, envelopeRecordLeaf, frameOf, isDecisionLeaf } from '@sild/audit-evidence';
import { Reason, type HeaderFields } from '@sild/contracts';
import {
  TrustException,
  TrustFailure,
  reasonOf,
  sha256,
  type EnvelopeFrame,
  type VerifiedEnvelope,
} from '@sild/domain-envelope';
import { AuditErrorCode, auditError } from './audit.exception';
import type { EnvelopeParts, LogEntry, ReceivedRecord } from './log-entry';
import type { PayloadSealer } from './payload-sealer';

/**
 * What authenticates envelopes: `EnvelopeVerifier.authenticateAsync` (signature, chain, header,
 * expiry), the signature checked off the event loop so that many are checked at once.
 */
export interface EnvelopeAuthenticator {
  authenticateAsync(bytes: Uint8Array, now: number): Promise<VerifiedEnvelope>;
}

/** How far the registry view has read: every certificate registered before this time is known. */
export interface TrustFreshness {
  knownUntilMs(): number;
}

export interface EntryBuilderOptions {
  readonly authenticator: EnvelopeAuthenticator;
  readonly decisionsTopic: string;
  readonly sealer?: PayloadSealer;
  /** With it, an envelope of an unknown signer newer than the view is retried, not refused. */
  readonly freshness?: TrustFreshness;
  /** How long after its timestamp such an envelope is retried before it is logged invalid. */
  readonly unknownSignerGraceMs?: number;
  readonly clock?: () => number;
}

function positionOf(record: ReceivedRecord): KafkaPosition {
  const offset = Number(record.offset);
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw auditError(
      AuditErrorCode.INVALID_ARGUMENT,
      `offset ${record.offset} of ${record.topic} is not below 2^53`,
    );
  }
  return { topic: record.topic, partition: record.partition, offset };
}

const copy = (bytes: Uint8Array): Uint8Array => Uint8Array.prototype.slice.call(bytes);

const partsOf = (frame: EnvelopeFrame | undefined): EnvelopeParts | null =>
  frame?.signed && frame.header.length > 0
    ? {
        header: copy(frame.header),
        algorithm: frame.algorithm,
        keyId: copy(frame.keyId),
        signature: copy(frame.signature),
      }
    : null;

export class EntryBuilder {
  private readonly clock: () => number;

  constructor(private readonly options: EntryBuilderOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /** The entry of one record; rejects with RETRY_LATER when its signer may not be known yet. */
  async build(record: ReceivedRecord): Promise<LogEntry> {
    const position = positionOf(record);
    const bytes = record.value ?? new Uint8Array(0);
    return record.topic === this.options.decisionsTopic
      ? this.decision(bytes, position)
      : this.envelope(record, bytes, position);
  }

  private async envelope(
    record: ReceivedRecord,
    bytes: Uint8Array,
    position: KafkaPosition,
  ): Promise<LogEntry> {
    const frame = frameOf(bytes);
    const { reason, refusal, header } = await this.judge(record, bytes);
    // a valid envelope's header was decoded by the verifier already
    const { leaf, bytes: leafBytes } = envelopeRecordLeaf(
      sha256(bytes),
      header ?? frame?.header,
      position,
      reason,
    );
    return {
      leaf,
      leafBytes,
      leafHash: leafHash(leafBytes),
      refusal,
      envelope: partsOf(frame),
      decisionRecord: null,
      sealedRecord: this.options.sealer?.seal(leaf, bytes) ?? null,
    };
  }

  private async judge(
    record: ReceivedRecord,
    bytes: Uint8Array,
  ): Promise<{ reason: Reason; refusal: string | null; header?: HeaderFields }> {
    try {
      const { header } = await this.options.authenticator.authenticateAsync(bytes, record.timestampMs);
      return { reason: Reason.REASON_UNSPECIFIED, refusal: null, header };
    } catch (error) {
      if (!(error instanceof TrustException)) throw error;
      if (error.failure === TrustFailure.CERT_UNTRUSTED) this.waitForSigner(record, error);
      return { reason: reasonOf(error.failure), refusal: error.message };
    }
  }

  /** An unknown signer newer than the registry view may just not be read yet: try again later. */
  private waitForSigner(record: ReceivedRecord, error: TrustException): void {
    const { freshness } = this.options;
    if (!freshness || freshness.knownUntilMs() >= record.timestampMs) return;
    if (this.clock() - record.timestampMs > (this.options.unknownSignerGraceMs ?? 60_000)) return;
    throw auditError(
      AuditErrorCode.RETRY_LATER,
      `${record.topic}/${record.partition}@${record.offset}: ${error.message}; the registry view is older than the record`,
      error,
    );
  }

  private decision(bytes: Uint8Array, position: KafkaPosition): LogEntry {
    const { leaf, bytes: leafBytes } = decisionRecordLeaf(bytes, position);
    const logged = isDecisionLeaf(leaf);
    return {
      leaf,
      leafBytes,
      leafHash: leafHash(leafBytes),
      refusal: logged ? null : 'not a sild.v1.Decision record the log can encode',
      envelope: null,
      decisionRecord: logged ? copy(bytes) : null,
      sealedRecord: null,
    };
  }
}
