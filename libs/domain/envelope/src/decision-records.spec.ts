import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecisionOutcome, DecisionRole, MessageKind, Reason } from '@sild/contracts';
import { decisionOf } from './index';

const PROVIDER_MEMBER = { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: '' };
const CLIENT = { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: 'burgerzaken' };
const PERSON_SERVICE = {
  provider: { ...PROVIDER_MEMBER, subsystem: 'brp' },
  serviceCode: 'persons',
  serviceVersion: 'v1',
};

const decider = { member: PROVIDER_MEMBER, instanceId: 'gw-provider-0' };
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const detail = {
  outcome: DecisionOutcome.DECISION_OUTCOME_DENIED,
  role: DecisionRole.DECISION_ROLE_PROVIDER,
};

describe('decisionOf', () => {
  it('fills a decision from the header, the envelope and its position', () => {
    const envelope = Buffer.from('envelope bytes');
    const header = {
      messageId: 'm1',
      kind: MessageKind.MESSAGE_KIND_REQUEST,
      traceparent: TRACEPARENT,
      correlationId: 'c1',
      sender: CLIENT,
      recipientService: PERSON_SERVICE,
      onBehalfOf: 'clerk-42',
      purpose: 'residents-registration',
    };
    const position = { topic: 'sild.req.x', partition: 3, offset: '42' };
    const now = Date.UTC(2026, 0, 1, 0, 0, 1, 250);
    const extra = {
      reason: Reason.REASON_ACCESS_DENIED,
      detail: 'no grant',
      relatedMessageId: 'm2',
      durationMs: 1.6,
    };

    expect(decisionOf(decider, { header, envelope, position }, { ...detail, ...extra }, now)).toEqual({
      messageId: 'm1',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      correlationId: 'c1',
      outcome: DecisionOutcome.DECISION_OUTCOME_DENIED,
      reason: Reason.REASON_ACCESS_DENIED,
      detail: 'no grant',
      role: DecisionRole.DECISION_ROLE_PROVIDER,
      decidedBy: PROVIDER_MEMBER,
      deciderInstanceId: 'gw-provider-0',
      kind: MessageKind.MESSAGE_KIND_REQUEST,
      sender: CLIENT,
      service: PERSON_SERVICE,
      eventType: '',
      envelopeSha256: createHash('sha256').update(envelope).digest(),
      topic: 'sild.req.x',
      partition: 3,
      offset: 42,
      decidedAt: { seconds: Date.UTC(2026, 0, 1, 0, 0, 1) / 1000, nanos: 250_000_000 },
      relatedMessageId: 'm2',
      onBehalfOf: 'clerk-42',
      purpose: 'residents-registration',
      durationMs: 2,
      subscriptionId: '',
      attempt: 0,
    });
  });

  it('has empty values when nothing is known (undecodable bytes)', () => {
    expect(decisionOf(decider, {}, detail)).toMatchObject({
      messageId: '',
      traceId: '',
      reason: Reason.REASON_UNSPECIFIED,
      kind: MessageKind.MESSAGE_KIND_UNSPECIFIED,
      sender: null,
      service: null,
      envelopeSha256: new Uint8Array(),
      topic: '',
      partition: -1,
      offset: -1,
      durationMs: 0,
    });
  });
});
