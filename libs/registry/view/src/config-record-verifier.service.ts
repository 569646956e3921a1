import { MessageKind, wire, type Header } from '@sild/contracts';
import {
  decodeEnvelope,
  DEFAULT_LIMITS,
  sha256,
  timestampMs,
  toBeSigned,
  type DecodedEnvelope,
  type EnvelopeLimits,
} from '@sild/domain-envelope';
import {
  keyIdHex,
  validAt,
  verifyBytes,
  verifyIssuedBy,
  type MemberCertificate,
} from '@sild/platform-crypto';
import type { InstanceAnchor } from '@sild/registry-config';
import { RecordRefusedException, RefusalReason } from './registry-view.exception';

/** Snapshots hold every entity: allow far larger envelopes than per-message traffic. */
const SNAPSHOT_LIMITS: EnvelopeLimits = { ...DEFAULT_LIMITS, maxEnvelopeBytes: 256 * 1024 * 1024 };

const refused = (reason: RefusalReason, why: string) => new RecordRefusedException(reason, why);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : 'undecodable');

/** What a verified configuration envelope carries. */
export interface VerifiedConfigPayload {
  readonly payload: Uint8Array;
  /** When the registry signed it (the header's created_at). */
  readonly signedAtMs: number;
}

/**
 * Checks configuration envelopes (records and snapshots) against the instance anchor: signed by
 * the registry's key, over these header bytes and this payload, as the registry member, with the
 * expected payload type, while the registry certificate was valid. expires_at is NOT checked:
 * configuration records stay on the compacted topic for years (docs/registry-view.md).
 * Every refusal is a RecordRefusedException.
 */
export class ConfigRecordVerifier {
  private readonly registry: MemberCertificate;

  constructor(private readonly anchor: InstanceAnchor) {
    verifyIssuedBy(anchor.registry, anchor.root);
    this.registry = anchor.registry;
  }

  verifyRecord(bytes: Uint8Array, payloadType: string): VerifiedConfigPayload {
    return this.verify(bytes, payloadType, DEFAULT_LIMITS);
  }

  verifySnapshot(bytes: Uint8Array, payloadType: string): VerifiedConfigPayload {
    return this.verify(bytes, payloadType, SNAPSHOT_LIMITS);
  }

  private verify(bytes: Uint8Array, payloadType: string, limits: EnvelopeLimits): VerifiedConfigPayload {
    const envelope = this.decode(bytes, limits);
    const signer = keyIdHex(envelope.keyId);
    if (signer !== this.registry.keyIdHex) {
      throw refused(RefusalReason.UNKNOWN_SIGNER, `signed by key ${signer}, not the registry's`);
    }
    const digest = sha256(envelope.payload);
    if (
      envelope.algorithm !== this.registry.algorithm ||
      !verifyBytes(
        this.registry.algorithm,
        this.registry.publicKey,
        toBeSigned(envelope.header, digest),
        envelope.signature,
      )
    ) {
      throw refused(RefusalReason.BAD_SIGNATURE, 'signature does not verify with the registry key');
    }
    const header = this.header(envelope.header);
    if (Buffer.compare(digest, header.payloadSha256) !== 0) {
      throw refused(RefusalReason.DIGEST_MISMATCH, 'payload does not match payload_sha256');
    }
    if (header.kind !== MessageKind.MESSAGE_KIND_MANAGEMENT || header.payloadType !== payloadType) {
      throw refused(
        RefusalReason.WRONG_TYPE,
        `${String(header.kind)} ${header.payloadType}, not ${payloadType}`,
      );
    }
    const { identity } = this.registry;
    const sender = header.sender;
    if (
      sender?.instance !== identity.instance ||
      sender.memberClass !== identity.memberClass ||
      sender.memberCode !== identity.memberCode
    ) {
      throw refused(RefusalReason.SENDER_MISMATCH, 'sender is not the registry member');
    }
    const signedAtMs = this.createdAt(header);
    if (!validAt(this.registry, this.anchor.root, signedAtMs)) {
      throw refused(
        RefusalReason.CERTIFICATE_INVALID,
        `registry certificate not valid at ${new Date(signedAtMs).toISOString()}`,
      );
    }
    return { payload: envelope.payload, signedAtMs };
  }

  private decode(bytes: Uint8Array, limits: EnvelopeLimits): DecodedEnvelope {
    try {
      return decodeEnvelope(bytes, limits);
    } catch (error) {
      throw refused(RefusalReason.MALFORMED, messageOf(error));
    }
  }

  /** Only the fields checked above: config envelopes have no recipient (header-rules needs one). */
  private header(bytes: Uint8Array): Header {
    try {
      return wire.Header.decode(bytes);
    } catch (error) {
      throw refused(RefusalReason.MALFORMED, `header: ${messageOf(error)}`);
    }
  }

  private createdAt(header: Header): number {
    try {
      return timestampMs(header.createdAt, 'created_at');
    } catch (error) {
      throw refused(RefusalReason.MALFORMED, messageOf(error));
    }
  }
}
