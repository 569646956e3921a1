import { describe, expect, it } from 'vitest';
import { EnvelopeVerdict, LeafEntryType, decodeLeaf, encodeLeaf, leafHash } from '@sild/audit-proofs';
import { DecisionOutcome, MessageKind, Reason } from '@sild/contracts';
import { sha256 } from '@sild/domain-envelope';
import { testVerifier } from '@sild/domain-envelope/testing';
import { AuditErrorCode } from './audit.exception';
import { EntryBuilder } from './entry-builder';
import { PayloadSealer } from './payload-sealer';
import {
  DECISIONS_TOPIC,
  EVENT_TOPIC,
  RECORD_TIME,
  auditWorld,
  decisionBytes,
  record,
  signedEvent,
} from './testing';

describe('EntryBuilder', () => {
  const world = auditWorld();

  it('logs a signed event as VALID, with its header fields and signed parts', async () => {
    const bytes = signedEvent(world);
    const entry = await world.builder.build(record(bytes, 7));
    expect(entry.leaf).toMatchObject({
      entryType: LeafEntryType.ENVELOPE,
      kind: MessageKind.MESSAGE_KIND_EVENT,
      verdict: EnvelopeVerdict.VALID,
      reason: Reason.REASON_UNSPECIFIED,
      sender: 'NL/GOV/00000001/brp',
      service: 'nl.brp.person.relocated.v1',
      subjectKey: 'hmac:7f3a9c',
      topic: EVENT_TOPIC,
      offset: 7,
      senderSequence: 1,
      instanceId: 'gateway-00000001-0',
    });
    expect(Buffer.from(entry.leaf.recordSha256)).toEqual(sha256(bytes));
    expect(Buffer.from(encodeLeaf(decodeLeaf(entry.leafBytes)))).toEqual(Buffer.from(entry.leafBytes));
    expect(entry.leafHash).toEqual(leafHash(entry.leafBytes));
    expect(entry.envelope?.header.length).toBeGreaterThan(0);
    expect(entry.refusal).toBeNull();
    expect(entry.sealedRecord).toBeNull();
  });

  it('logs a changed envelope as INVALID with the reason, keeping what its header says', async () => {
    const bytes = Buffer.from(signedEvent(world));
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0x01;
    const entry = await world.builder.build(record(bytes, 8));
    expect(entry.leaf.verdict).toBe(EnvelopeVerdict.INVALID);
    expect(entry.leaf.reason).toBe(Reason.REASON_INVALID_SIGNATURE);
    expect(entry.leaf.sender).toBe('NL/GOV/00000001/brp');
    expect(entry.refusal).toMatch(/INVALID_SIGNATURE/);
  });

  it('logs an envelope that expired before it reached Kafka as EXPIRED', async () => {
    const bytes = signedEvent(world);
    const late = { ...record(bytes, 9), timestampMs: RECORD_TIME + 10 * 60_000 };
    expect((await world.builder.build(late)).leaf.reason).toBe(Reason.REASON_EXPIRED);
  });

  it('logs bytes that are no envelope as INVALID MALFORMED with their digest only', async () => {
    const entry = await world.builder.build(record(Buffer.from('not an envelope'), 1));
    expect(entry.leaf).toMatchObject({
      verdict: EnvelopeVerdict.INVALID,
      reason: Reason.REASON_MALFORMED,
      sender: '',
    });
    expect(entry.envelope).toBeNull();
    expect((await world.builder.build(record(null, 2))).leaf.reason).toBe(Reason.REASON_MALFORMED);
  });

  it('logs a decision record whole, and garbage on the decisions topic as MALFORMED', async () => {
    const bytes = decisionBytes('0196f0e2-7b1a-7c3d-8e4f-0123456789ab');
    const entry = await world.builder.build(record(bytes, 3, DECISIONS_TOPIC));
    expect(entry.leaf).toMatchObject({
      entryType: LeafEntryType.DECISION,
      outcome: DecisionOutcome.DECISION_OUTCOME_DELIVERED,
      decidedBy: 'NL/MUN/0363/burgerzaken',
      messageId: '0196f0e2-7b1a-7c3d-8e4f-0123456789ab',
    });
    expect(entry.decisionRecord).toEqual(bytes);
    const garbage = await world.builder.build(record(Buffer.from([0xff, 0xff, 0xff]), 4, DECISIONS_TOPIC));
    expect(garbage.leaf).toMatchObject({
      entryType: LeafEntryType.ENVELOPE,
      reason: Reason.REASON_MALFORMED,
    });
    expect(garbage.decisionRecord).toBeNull();
    expect(garbage.refusal).toMatch(/Decision/);
  });

  it('retries an unknown signer while the registry view is older than the record, then refuses it', async () => {
    const stranger = auditWorld();
    const bytes = signedEvent(stranger);
    let now = RECORD_TIME + 5_000;
    let known = RECORD_TIME - 1;
    const builder = new EntryBuilder({
      authenticator: testVerifier(world, { maxLifetimeMs: 86_400_000 }),
      decisionsTopic: DECISIONS_TOPIC,
      freshness: { knownUntilMs: () => known },
      unknownSignerGraceMs: 60_000,
      clock: () => now,
    });
    await expect(builder.build(record(bytes, 1))).rejects.toThrow(
      expect.objectContaining({ code: AuditErrorCode.RETRY_LATER }),
    );
    known = RECORD_TIME;
    expect((await builder.build(record(bytes, 1))).leaf.reason).toBe(Reason.REASON_CERT_UNTRUSTED);
    known = RECORD_TIME - 1;
    now = RECORD_TIME + 61_000;
    expect((await builder.build(record(bytes, 1))).leaf.reason).toBe(Reason.REASON_CERT_UNTRUSTED);
  });

  it('seals whole records of configured event types, bound to the entry', async () => {
    const sealer = new PayloadSealer(Buffer.alloc(32, 7), ['nl.brp.person.*']);
    const builder = new EntryBuilder({
      authenticator: testVerifier(world, { maxLifetimeMs: 86_400_000 }),
      decisionsTopic: DECISIONS_TOPIC,
      sealer,
    });
    const bytes = signedEvent(world);
    const entry = await builder.build(record(bytes, 5));
    expect(entry.sealedRecord).not.toBeNull();
    expect(Buffer.from(sealer.open(entry.sealedRecord!, entry.leaf.recordSha256))).toEqual(
      Buffer.from(bytes),
    );
    expect(() => sealer.open(entry.sealedRecord!, new Uint8Array(32))).toThrow(/does not open/);
    const other = new PayloadSealer(Buffer.alloc(32, 7), ['nl.brp.person.born.v1']);
    expect(other.seal(entry.leaf, bytes)).toBeNull();
  });
});
