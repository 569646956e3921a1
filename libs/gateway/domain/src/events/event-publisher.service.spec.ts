import { beforeEach, describe, expect, it } from 'vitest';
import {
  DecisionOutcome,
  DecisionRole,
  eventTopic,
  HEADERS,
  MessageKind,
  PayloadEncoding,
  Reason,
} from '@sild/contracts';
import {
  FakeBus,
  gatewayWorld,
  RecordingDecisionLog,
  BRP,
  CLIENT,
  PROVIDER_MEMBER,
  type GatewayWorld,
} from '../testing';
import { GatewayException } from '../gateway.exception';
import { EventPublisherService, type PublishInput } from './event-publisher.service';
import type { EventDirectory, EventSettings } from './events.ports';
import { SubjectSequences } from './subject-sequences';
import { subjectKeyOf } from './subject-key';

const RELOCATED = 'nl.brp.person.relocated.v1';
const PAYLOAD_TYPE = 'type.googleapis.com/sild.examples.population.v1.PersonRelocated';
const SECRET = Buffer.from('an instance secret of 32+ bytes!!');

const directory: EventDirectory = {
  eventType: (name) => (name === RELOCATED ? { owner: BRP, payloadType: PAYLOAD_TYPE } : undefined),
  subscription: () => undefined,
};

const settings: EventSettings = {
  member: PROVIDER_MEMBER,
  maxPayloadBytes: 1024,
  subjectSecret: SECRET,
  eventTtlMs: 7 * 86_400_000,
};

const input = (overrides: Partial<PublishInput> = {}): PublishInput => ({
  publisher: BRP,
  eventType: RELOCATED,
  subject: '999990019',
  attributes: { municipality: '0363', previousmunicipality: '0599' },
  payload: Buffer.from('relocation'),
  payloadType: PAYLOAD_TYPE,
  payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<GatewayException> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayException);
  return error as GatewayException;
}

/** Events and follow indications live longer than calls. */
const LONG_LIVED = { maxLifetimeMs: 11 * 365 * 86_400_000 };

describe('EventPublisherService', () => {
  let world: GatewayWorld;
  let bus: FakeBus;
  let decisions: RecordingDecisionLog;
  let publisher: EventPublisherService;

  beforeEach(() => {
    world = gatewayWorld();
    bus = new FakeBus();
    decisions = new RecordingDecisionLog();
    const sequences = new SubjectSequences({ restore: () => Promise.resolve(new Map([['other', 3]])) });
    publisher = new EventPublisherService(world.providerSigner, bus, directory, sequences, decisions, {
      ...settings,
    });
  });

  it('signs an EVENT with the subject pseudonym and sequence, keyed by the pseudonym', async () => {
    const first = await publisher.publish(input());
    const second = await publisher.publish(input());
    const subjectKey = subjectKeyOf(SECRET, '999990019');
    expect(first).toMatchObject({ subjectKey, subjectSequence: 1 });
    expect(second.subjectSequence).toBe(2);
    const [sent] = bus.sent;
    expect(sent?.topic).toBe(eventTopic('NL', RELOCATED));
    expect(sent?.message.key).toBe(subjectKey);
    expect(sent?.message.headers[HEADERS.subjectSequence]).toBe('1');
    const verified = world.verifier(LONG_LIVED).authenticate(sent?.message.value ?? new Uint8Array());
    expect(verified.header).toMatchObject({
      kind: MessageKind.MESSAGE_KIND_EVENT,
      messageId: first.messageId,
      subjectKey,
      attributes: { municipality: '0363', previousmunicipality: '0599' },
      eventType: { name: RELOCATED },
    });
    expect(Number(verified.header.subjectSequence)).toBe(1);
    // the national id appears nowhere on the bus
    const onTheBus = Buffer.concat(bus.sent.map((s) => Buffer.from(s.message.value)));
    expect(onTheBus.includes(Buffer.from('999990019'))).toBe(false);
    expect(JSON.stringify(bus.sent.map((s) => [s.message.key, s.message.headers]))).not.toContain(
      '999990019',
    );
    expect(decisions.records[0]).toMatchObject({
      outcome: DecisionOutcome.DECISION_OUTCOME_SENT,
      role: DecisionRole.DECISION_ROLE_PUBLISHER,
      messageId: first.messageId,
      eventType: RELOCATED,
    });
  });

  it('refuses what the publisher may not publish, and sends nothing', async () => {
    const cases: [Partial<PublishInput>, Reason, RegExp][] = [
      [{ eventType: 'nl.unknown.v1' }, Reason.REASON_UNKNOWN_EVENT_TYPE, /not registered/],
      [{ publisher: { ...BRP, subsystem: 'other' } }, Reason.REASON_UNKNOWN_EVENT_TYPE, /is owned by/],
      [{ publisher: CLIENT }, Reason.REASON_ACCESS_DENIED, /subsystem of/],
      [{ payloadType: 'type.googleapis.com/x' }, Reason.REASON_INVALID_ARGUMENT, /payload_type must be/],
      [{ subject: '' }, Reason.REASON_INVALID_ARGUMENT, /subject/],
      [{ attributes: { 'Bad-Name': 'x' } }, Reason.REASON_INVALID_ARGUMENT, /attributes/],
      [{ payload: Buffer.alloc(1025) }, Reason.REASON_TOO_LARGE, /exceeds 1024/],
      [
        { payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_UNSPECIFIED },
        Reason.REASON_INVALID_ARGUMENT,
        /encoding/,
      ],
    ];
    for (const [overrides, reason, message] of cases) {
      const error = await refusal(publisher.publish(input(overrides)));
      expect(error.reason, message.source).toBe(reason);
      expect(error.message).toMatch(message);
    }
    expect(bus.sent).toEqual([]);
  });

  it('refuses to publish without the instance secret', async () => {
    const unconfigured = new EventPublisherService(
      world.providerSigner,
      bus,
      directory,
      new SubjectSequences({ restore: () => Promise.resolve(new Map()) }),
      decisions,
      { ...settings, subjectSecret: new Uint8Array() },
    );
    expect((await refusal(unconfigured.publish(input()))).reason).toBe(Reason.REASON_FAILED_PRECONDITION);
  });
});
