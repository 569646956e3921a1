// Fixtures of delivery: a subscription of the municipality (CLIENT) to the provider's (BRP) event
// type, signed EVENT envelopes, a fake clock, and recording fakes of the delivery ports.
import { MessageKind, PayloadEncoding } from '@sild/contracts';
import { EnvelopeVerifier, type EnvelopeDraft } from '@sild/domain-envelope';
import type { EventType, Subscription } from '@sild/registry-config';
import {
  BRP,
  CLIENT,
  CLIENT_MEMBER,
  gatewayWorld,
  RecordingDecisionLog,
  type GatewayWorld,
} from '../testing';
import type { DeliverableEvent, EventDelivery, InboundEvent, RetryPolicy } from './delivery.model';
import type {
  AttemptOutcome,
  DeadLetter,
  DeadLetterSink,
  DeliveryClock,
  DeliveryDirectory,
  WebhookEndpoint,
} from './delivery.ports';
import type { SubscriptionDeliveryOptions } from './subscription-delivery.service';

export const EVENT_TYPE = 'nl.brp.person.relocated.v1';
export const SUBSCRIPTION_ID = '0b7e3c2a-4f1d-4e8a-9c6b-2d5f8a1e7c30';
export const SUBSCRIPTION_TOPIC = 'sild.sub.NL.MUN.0363.burgerzaken.sub';
const DAY_MS = 86_400_000;

/** 3 attempts, 100 ms initial and 400 ms longest backoff, 1 s per attempt. */
export const POLICY: RetryPolicy = {
  maxAttempts: 3,
  initialBackoffMs: 100,
  maxBackoffMs: 400,
  attemptTimeoutMs: 1_000,
};

export const DELIVERY_OPTIONS: SubscriptionDeliveryOptions = {
  member: CLIENT_MEMBER,
  subscriber: CLIENT,
  subscriptionId: SUBSCRIPTION_ID,
  instanceId: 'gw-client-0',
};

/** The instance, with a verifier accepting events' week-long lifetimes (as the gateway's does). */
export function deliveryWorld(): GatewayWorld & { eventVerifier: EnvelopeVerifier } {
  const world = gatewayWorld();
  const eventVerifier = new EnvelopeVerifier({
    trustRoot: world.ca.certificate,
    certificates: world.certificates,
    maxLifetimeMs: 30 * DAY_MS,
  });
  return { ...world, eventVerifier };
}

/** An EVENT of EVENT_TYPE about subject key `subject`, signed by BRP's gateway, living 7 days. */
export async function signEvent(
  world: GatewayWorld,
  overrides: Partial<EnvelopeDraft> = {},
  payload: Uint8Array = Buffer.from('{"to":"0599"}'),
): Promise<Uint8Array> {
  const signed = await world.providerSigner.sign(
    {
      kind: MessageKind.MESSAGE_KIND_EVENT,
      sender: BRP,
      eventType: { name: EVENT_TYPE },
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      payloadType: 'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
      payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
      subjectKey: 'subject-a',
      subjectSequence: 1,
      attributes: { municipality: '0363' },
      ttlMs: 7 * DAY_MS,
      ...overrides,
    },
    payload,
  );
  return signed.bytes;
}

let offset = 0;

/** Bytes as the subscription consumer hands them over, at a fresh offset. */
export const eventMessage = (value: Uint8Array | null, timestamp = Date.now()): InboundEvent => ({
  value,
  topic: SUBSCRIPTION_TOPIC,
  partition: 0,
  offset: String((offset += 1)),
  timestamp,
});

/** A deliverable event without a signature behind it, for channel tests. */
export const deliverable = (messageId: string, subjectKey = 'subject-a'): DeliverableEvent => ({
  subscriptionId: SUBSCRIPTION_ID,
  messageId,
  eventType: EVENT_TYPE,
  publisher: BRP,
  subjectKey,
  subjectSequence: 1,
  attributes: {},
  payload: Buffer.from('{}'),
  payloadType: 'type.googleapis.com/x',
  payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
  createdAtMs: Date.parse('2026-03-01T12:00:00Z'),
  traceparent: '',
  envelope: new Uint8Array(),
  redelivery: false,
});

/** The registry view: SUBSCRIPTION_ID approved for CLIENT to EVENT_TYPE, owned by BRP. */
export class FakeDeliveryDirectory implements DeliveryDirectory {
  readonly subscriptions = new Map<string, Pick<Subscription, 'id' | 'subscriber' | 'eventType' | 'status'>>([
    [SUBSCRIPTION_ID, { id: SUBSCRIPTION_ID, subscriber: CLIENT, eventType: EVENT_TYPE, status: 'APPROVED' }],
  ]);
  readonly eventTypes = new Map<string, Pick<EventType, 'name' | 'owner'>>([
    [EVENT_TYPE, { name: EVENT_TYPE, owner: BRP }],
  ]);

  subscription(id: string) {
    return this.subscriptions.get(id);
  }

  eventType(name: string) {
    return this.eventTypes.get(name);
  }
}

export class RecordingDeadLetters implements DeadLetterSink {
  readonly letters: DeadLetter[] = [];

  park(letter: DeadLetter): Promise<void> {
    this.letters.push(letter);
    return Promise.resolve();
  }
}

/** A webhook answering with `answer` (default: taken) and keeping what it was sent. */
export class FakeWebhook implements WebhookEndpoint {
  readonly received: EventDelivery[] = [];

  constructor(
    public answer: (event: EventDelivery, signal: AbortSignal) => Promise<AttemptOutcome> = () =>
      Promise.resolve({ ok: true }),
  ) {}

  post(event: EventDelivery, signal: AbortSignal): Promise<AttemptOutcome> {
    this.received.push(event);
    return this.answer(event, signal);
  }
}

interface Timer {
  readonly at: number;
  readonly resolve: () => void;
}

/** A clock that moves only when told; sleepers wake in time order. */
export class FakeClock implements DeliveryClock {
  private time = Date.parse('2026-03-01T12:00:00Z');
  private readonly timers = new Set<Timer>();
  /** Every sleep asked for, in ms. */
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    return new Promise<void>((resolve, reject) => {
      signal.throwIfAborted();
      const timer = { at: this.time + ms, resolve };
      this.timers.add(timer);
      signal.addEventListener(
        'abort',
        () => {
          this.timers.delete(timer);
          reject(signal.reason as Error);
        },
        { once: true },
      );
    });
  }

  timer(ms: number, fire: () => void): { cancel(): void } {
    const timer = { at: this.time + ms, resolve: fire };
    this.timers.add(timer);
    return {
      cancel: () => {
        this.timers.delete(timer);
      },
    };
  }

  /** Sleepers and timers not woken yet. */
  get sleeping(): number {
    return this.timers.size;
  }

  /** Moves time forward, waking every sleeper due on the way (and what they start meanwhile). */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      await settle();
      const due = [...this.timers].filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers.delete(due);
      this.time = Math.max(this.time, due.at);
      due.resolve();
    }
    this.time = until;
    await settle();
  }
}

/** Lets pending promise callbacks run. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
};

export { RecordingDecisionLog };
