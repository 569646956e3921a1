import { describe, expect, it } from 'vitest';
import {
  DecisionOutcome,
  DecisionRole,
  MessageKind,
  Reason,
  type DecisionFields,
  type HeaderFields,
} from '@sild/contracts';
import { EnvelopeVerdict, LeafEntryType, decisionLeaf, decodeLeaf, encodeLeaf, envelopeLeaf } from './index';

const municipality = { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: 'burgerzaken' };
const registry = { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: 'brp' };
const service = { provider: registry, serviceCode: 'person', serviceVersion: 'v1' };
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const digest = new Uint8Array(32).fill(0xab);
const position = { topic: 'sild.NL.requests', partition: 2, offset: 77 };

const header: HeaderFields = {
  messageId: '0196f0e2-7b1a-7c3d-8e4f-0123456789ab',
  kind: MessageKind.MESSAGE_KIND_REQUEST,
  sender: municipality,
  recipientService: service,
  service,
  correlationId: '0196f0e2-7b1a-7c3d-8e4f-0123456789aa',
  traceparent: `00-${TRACE}-00f067aa0ba902b7-01`,
  createdAt: { seconds: 1_767_225_600, nanos: 123_999_999 },
  purpose: 'relocation',
  onBehalfOf: 'employee-17',
  senderInstanceId: 'gw-a',
  senderSequence: 9,
};

describe('envelope leaves', () => {
  it('maps a request header, and encodes', () => {
    const leaf = envelopeLeaf({
      envelopeSha256: digest,
      header,
      position,
      reason: Reason.REASON_UNSPECIFIED,
    });
    expect(leaf).toMatchObject({
      entryType: LeafEntryType.ENVELOPE,
      kind: MessageKind.MESSAGE_KIND_REQUEST,
      verdict: EnvelopeVerdict.VALID,
      createdAtMs: 1_767_225_600_123,
      sender: 'NL/MUN/0363/burgerzaken',
      recipient: 'NL/GOV/00000001/brp/person/v1',
      service: 'NL/GOV/00000001/brp/person/v1',
      instanceId: 'gw-a',
      senderSequence: 9,
      topic: 'sild.NL.requests',
      partition: 2,
      offset: 77,
      decidedBy: '',
    });
    expect(Buffer.from(leaf.traceId).toString('hex')).toBe(TRACE);
    expect(leaf.recordSha256).toEqual(digest);
    expect(decodeLeaf(encodeLeaf(leaf))).toEqual(leaf);
  });

  it('maps an event: event type as service, member recipient empty, subject key kept', () => {
    const event: HeaderFields = {
      ...header,
      kind: MessageKind.MESSAGE_KIND_EVENT,
      recipientService: null,
      service: null,
      eventType: { name: 'nl.brp.person-relocated.v1' },
      subjectKey: 'pseudo-1',
      sender: { ...registry, subsystem: '' },
    };
    const leaf = envelopeLeaf({
      envelopeSha256: digest,
      header: event,
      position,
      reason: Reason.REASON_UNSPECIFIED,
    });
    expect(leaf).toMatchObject({
      service: 'nl.brp.person-relocated.v1',
      recipient: '',
      subjectKey: 'pseudo-1',
    });
    expect(leaf.sender).toBe('NL/GOV/00000001');
  });

  it('logs an invalid envelope, even one whose bytes are not an envelope at all', () => {
    const bad = envelopeLeaf({
      envelopeSha256: digest,
      header: null,
      position,
      reason: Reason.REASON_MALFORMED,
    });
    expect(bad).toMatchObject({
      verdict: EnvelopeVerdict.INVALID,
      reason: Reason.REASON_MALFORMED,
      messageId: '',
    });
    expect(bad.traceId).toEqual(new Uint8Array(16));
    const odd = envelopeLeaf({
      envelopeSha256: digest,
      header: {
        ...header,
        createdAt: { seconds: 1, nanos: -1 },
        senderSequence: 2 ** 60,
        traceparent: 'junk',
      },
      position,
      reason: Reason.REASON_INVALID_SIGNATURE,
    });
    expect(odd).toMatchObject({ createdAtMs: 0, senderSequence: 0, verdict: EnvelopeVerdict.INVALID });
    expect(decodeLeaf(encodeLeaf(odd))).toEqual(odd);
  });
});

describe('decision leaves', () => {
  const decision: DecisionFields = {
    messageId: header.messageId ?? '',
    traceId: TRACE,
    correlationId: header.correlationId ?? '',
    outcome: DecisionOutcome.DECISION_OUTCOME_DENIED,
    reason: Reason.REASON_ACCESS_DENIED,
    role: DecisionRole.DECISION_ROLE_PROVIDER,
    decidedBy: registry,
    deciderInstanceId: 'gw-brp',
    kind: MessageKind.MESSAGE_KIND_REQUEST,
    sender: municipality,
    service,
    envelopeSha256: digest,
    decidedAt: { seconds: 1_767_225_601, nanos: 0 },
    purpose: 'relocation',
  };

  it('maps a decision record, and encodes', () => {
    const recordSha256 = new Uint8Array(32).fill(1);
    const leaf = decisionLeaf({
      recordSha256,
      decision,
      position: { ...position, topic: 'sild.NL.decisions' },
    });
    expect(leaf).toMatchObject({
      entryType: LeafEntryType.DECISION,
      verdict: EnvelopeVerdict.NOT_APPLICABLE,
      outcome: DecisionOutcome.DECISION_OUTCOME_DENIED,
      role: DecisionRole.DECISION_ROLE_PROVIDER,
      reason: Reason.REASON_ACCESS_DENIED,
      createdAtMs: 1_767_225_601_000,
      decidedBy: 'NL/GOV/00000001/brp',
      instanceId: 'gw-brp',
      topic: 'sild.NL.decisions',
    });
    expect(leaf.envelopeSha256).toEqual(digest);
    expect(leaf.recordSha256).toEqual(recordSha256);
    expect(decodeLeaf(encodeLeaf(leaf))).toEqual(leaf);
  });

  it('records zeros for a decision about bytes that were no envelope', () => {
    const leaf = decisionLeaf({
      recordSha256: digest,
      decision: {
        outcome: DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED,
        envelopeSha256: new Uint8Array(0),
      },
      position,
    });
    expect(leaf.envelopeSha256).toEqual(new Uint8Array(32));
    expect(decodeLeaf(encodeLeaf(leaf)).outcome).toBe(DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED);
  });
});
