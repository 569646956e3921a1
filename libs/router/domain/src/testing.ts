// Test fixtures for the router domain: an instance with the population register (owner of the
// relocation event type, subsystem `brp`), two municipalities and a stranger, signed events and
// follow indications, registry entities, and recording fakes of the bus and the decision log.
import {
  eventTopic,
  MessageKind,
  PayloadEncoding,
  wire,
  type DecisionFields,
  type DecisionOutcome,
} from '@sild/contracts';
import {
  EnvelopeSigner,
  EnvelopeVerifier,
  InMemoryCertificateDirectory,
  timestampOf,
  type EnvelopeDraft,
} from '@sild/domain-envelope';
import { testMember, testRootCa, type TestMember } from '@sild/platform-crypto/testing';
import type { ClientRef, EventType, Subscription } from '@sild/registry-config';
import { FOLLOW_INDICATION_TYPE } from '@sild/contracts';
import {
  EVENT_MAX_LIFETIME_MS,
  RoutingTable,
  type InboundMessage,
  type RoutedMessage,
  type RouterBus,
} from './index';

export const INSTANCE = 'NL';
export const EVENT_TYPE = 'nl.brp.person.relocated.v1';
export const EVENT_TOPIC = eventTopic(INSTANCE, EVENT_TYPE);
export const BRP: ClientRef = {
  instance: INSTANCE,
  memberClass: 'GOV',
  memberCode: '00000001',
  subsystem: 'brp',
};
export const AMSTERDAM: ClientRef = {
  instance: INSTANCE,
  memberClass: 'MUN',
  memberCode: '0363',
  subsystem: 'burgerzaken',
};
export const ROTTERDAM: ClientRef = {
  instance: INSTANCE,
  memberClass: 'MUN',
  memberCode: '0599',
  subsystem: 'burgerzaken',
};
export const STRANGER: ClientRef = {
  instance: INSTANCE,
  memberClass: 'GOV',
  memberCode: '00000002',
  subsystem: 'x',
};
export const DECIDER = {
  member: { instance: INSTANCE, memberClass: '', memberCode: '', subsystem: '' },
  instanceId: 'router-0',
};

const DAY_MS = 86_400_000;

export interface RouterWorld {
  readonly ca: ReturnType<typeof testRootCa>;
  readonly brp: TestMember;
  readonly amsterdam: TestMember;
  readonly rotterdam: TestMember;
  /** A certified member that owns nothing. */
  readonly stranger: TestMember;
  readonly certificates: InMemoryCertificateDirectory;
  /** Key ids (hex) the verifiers treat as revoked. */
  readonly revoked: Set<string>;
  /** A verifier on the wall clock, as the router builds it. */
  verifier(maxLifetimeMs?: number): EnvelopeVerifier;
}

/** Certificates valid around the wall clock (the signers date envelopes with it). */
function member(ca: RouterWorld['ca'], memberClass: string, memberCode: string): TestMember {
  const now = Date.now();
  return testMember(
    ca,
    { memberClass, memberCode },
    { notBefore: new Date(now - DAY_MS), notAfter: new Date(now + DAY_MS) },
  );
}

export function routerWorld(): RouterWorld {
  const ca = testRootCa(INSTANCE);
  const brp = member(ca, 'GOV', '00000001');
  const amsterdam = member(ca, 'MUN', '0363');
  const rotterdam = member(ca, 'MUN', '0599');
  const stranger = member(ca, 'GOV', '00000002');
  const certificates = new InMemoryCertificateDirectory(
    [brp, amsterdam, rotterdam, stranger].map((m) => m.certificate),
  );
  const revoked = new Set<string>();
  return {
    ca,
    brp,
    amsterdam,
    rotterdam,
    stranger,
    certificates,
    revoked,
    verifier: (maxLifetimeMs = EVENT_MAX_LIFETIME_MS) =>
      new EnvelopeVerifier({ trustRoot: ca.certificate, certificates, revoked, maxLifetimeMs }),
  };
}

const signerOf = (member: TestMember) =>
  new EnvelopeSigner({
    privateKey: member.keys.privateKey,
    certificate: member.certificate,
    senderInstanceId: 'gw-0',
  });

export interface EventOptions extends Partial<EnvelopeDraft> {
  /** Whose key signs (default the register's). */
  readonly signedBy?: TestMember;
}

/** An EVENT of the relocation type about subject `subject-1` in Amsterdam, signed by the register. */
export function signedEvent(world: RouterWorld, options: EventOptions = {}): Buffer {
  const { signedBy = world.brp, ...draft } = options;
  const signed = signerOf(signedBy).sign(
    {
      kind: MessageKind.MESSAGE_KIND_EVENT,
      sender: BRP,
      eventType: { name: EVENT_TYPE },
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      payloadType: 'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
      payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
      subjectKey: 'subject-1',
      subjectSequence: 1,
      attributes: { municipality: '0363' },
      ttlMs: 7 * DAY_MS,
      ...draft,
    },
    Buffer.from('payload'),
  );
  return Buffer.from(signed.bytes);
}

export interface FollowOptions {
  readonly subscriptionId: string;
  readonly subjectKey: string;
  readonly following?: boolean;
  readonly untilMs?: number;
  /** The envelope's sender (default: Amsterdam's subsystem), signed with `member`'s key. */
  readonly sender?: ClientRef;
  readonly payloadType?: string;
  /** The envelope's lifetime; default 10 years (as an open-ended indication). */
  readonly ttlMs?: number;
}

/** A follow indication signed by `member` (Amsterdam by default), as a subscriber's gateway writes it. */
export function signedFollow(world: RouterWorld, options: FollowOptions, member = world.amsterdam): Buffer {
  const payload = wire.FollowIndication.encode({
    subscriptionId: options.subscriptionId,
    subjectKey: options.subjectKey,
    following: options.following ?? true,
    until: options.untilMs === undefined ? null : timestampOf(options.untilMs),
  }).finish();
  const signed = signerOf(member).sign(
    {
      kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
      sender: options.sender ?? AMSTERDAM,
      recipientClient: BRP,
      eventType: { name: EVENT_TYPE },
      payloadType: options.payloadType ?? FOLLOW_INDICATION_TYPE,
      payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
      ttlMs: options.ttlMs ?? 10 * 365 * DAY_MS,
    },
    payload,
  );
  return Buffer.from(signed.bytes);
}

let offset = 0;

/** A consumed message at a fresh offset of partition 0, written now. */
export function inbound(
  topic: string,
  value: Buffer | null,
  key: string | null,
  headers: Record<string, Buffer> = {},
): InboundMessage {
  offset += 1;
  return {
    topic,
    partition: 0,
    offset: String(offset),
    key: key === null ? null : Buffer.from(key),
    value,
    headers,
    timestamp: Date.now(),
  };
}

export const eventTypeEntity = (name = EVENT_TYPE, owner: ClientRef = BRP): EventType => ({
  name,
  owner,
  payloadType: '',
  descriptorSet: null,
  partitionKeyRule: 'subject_key',
  description: name,
  createdAt: new Date(0),
});

/** An APPROVED subscription of Amsterdam to the relocation type, with no filters. */
export const subscriptionEntity = (
  overrides: Partial<Subscription> & Pick<Subscription, 'id'>,
): Subscription => ({
  subscriber: AMSTERDAM,
  eventType: EVENT_TYPE,
  filterJson: '',
  approvedFilterJson: '',
  includeFollowed: false,
  purpose: 'residents',
  status: 'APPROVED',
  decidedBy: BRP,
  decidedAt: new Date(0),
  reason: '',
  createdAt: new Date(0),
  ...overrides,
});

/** A routing table of the relocation type (and any more event types given) with these subscriptions. */
export const tableOf = (
  subscriptions: readonly Subscription[],
  eventTypes: readonly EventType[] = [eventTypeEntity()],
) => RoutingTable.build(INSTANCE, { version: '1', eventTypes, subscriptions });

export interface SentMessage {
  readonly topic: string;
  readonly message: RoutedMessage;
}

/** A bus that keeps what is sent, in call order; `failure` makes every send reject. */
export class FakeBus implements RouterBus {
  readonly sent: SentMessage[] = [];
  readonly deadLetters: { readonly message: InboundMessage; readonly why: string }[] = [];
  failure: Error | undefined;

  deadLetter(message: InboundMessage, why: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.deadLetters.push({ message, why });
    return Promise.resolve();
  }

  send(topic: string, message: RoutedMessage): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.sent.push({ topic, message });
    return Promise.resolve();
  }

  topicsOf(value: Buffer): string[] {
    return this.sent.filter((s) => s.message.value.equals(value)).map((s) => s.topic);
  }
}

export class RecordingDecisionLog {
  readonly records: DecisionFields[] = [];

  record(decision: DecisionFields): Promise<void> {
    this.records.push(decision);
    return Promise.resolve();
  }

  get outcomes(): (DecisionOutcome | null | undefined)[] {
    return this.records.map((record) => record.outcome);
  }
}
