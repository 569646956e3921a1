import { describe, expect, it } from 'vitest';
import { MessageKind, PayloadEncoding, Reason } from '@sild/contracts';
import { EnvelopeVerifier } from '@sild/domain-envelope';
import { asGatewayException } from '../gateway.exception';
import { BRP, CLIENT, localSigner, PERSON_SERVICE, strangerOf } from '../testing';
import { admitEvent } from './event-admission';
import {
  DELIVERY_OPTIONS,
  deliveryWorld,
  EVENT_TYPE,
  FakeDeliveryDirectory,
  signEvent,
  SUBSCRIPTION_ID,
} from './testing';

const world = deliveryWorld();

function reasonOf(
  bytes: Uint8Array,
  directory = new FakeDeliveryDirectory(),
  verifier = world.eventVerifier,
) {
  try {
    admitEvent(bytes, verifier, directory, DELIVERY_OPTIONS);
  } catch (error) {
    return Reason[asGatewayException(error).reason];
  }
  return 'admitted';
}

describe('admitEvent', () => {
  it('admits an event of the approved subscription, signed by the owner, with what the subscriber sees', async () => {
    const bytes = await signEvent(world, { subjectKey: 'subject-b', subjectSequence: 7 });
    const event = admitEvent(bytes, world.eventVerifier, new FakeDeliveryDirectory(), DELIVERY_OPTIONS, true);
    expect(event).toMatchObject({
      subscriptionId: SUBSCRIPTION_ID,
      eventType: EVENT_TYPE,
      publisher: BRP,
      subjectKey: 'subject-b',
      subjectSequence: 7,
      attributes: { municipality: '0363' },
      payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      redelivery: true,
    });
    expect(Buffer.from(event.payload).toString()).toBe('{"to":"0599"}');
    expect(event.envelope).toBe(bytes);
    expect(event.messageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(event.createdAtMs - Date.now())).toBeLessThan(60_000);
  });

  it('admits the same event twice (at-least-once: no replay check)', async () => {
    const bytes = await signEvent(world);
    expect(reasonOf(bytes)).toBe('admitted');
    expect(reasonOf(bytes)).toBe('admitted');
  });

  it('needs a verifier that accepts week-long event lifetimes', async () => {
    const dayLong = new EnvelopeVerifier({
      trustRoot: world.ca.certificate,
      certificates: world.certificates,
    });
    expect(reasonOf(await signEvent(world), undefined, dayLong)).toBe('REASON_EXPIRED');
  });

  it('refuses a tampered envelope and one signed with a revoked certificate', async () => {
    const bytes = Buffer.from(await signEvent(world));
    const at = bytes.indexOf('{"to"') + 2;
    bytes[at] = bytes[at]! ^ 0x01;
    expect(reasonOf(bytes)).toBe('REASON_INVALID_SIGNATURE');
    const revoked = new EnvelopeVerifier({
      trustRoot: world.ca.certificate,
      certificates: world.certificates,
      revoked: new Set([world.provider.certificate.keyIdHex]),
      maxLifetimeMs: 30 * 86_400_000,
    });
    expect(reasonOf(await signEvent(world), undefined, revoked)).toBe('REASON_CERT_REVOKED');
  });

  it('refuses what is not an EVENT', async () => {
    const request = await world.providerSigner.sign(
      {
        kind: MessageKind.MESSAGE_KIND_REQUEST,
        sender: BRP,
        recipientService: PERSON_SERVICE,
        service: PERSON_SERVICE,
        payloadType: 'type.googleapis.com/x',
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
      },
      Buffer.from('{}'),
    );
    expect(reasonOf(request.bytes)).toBe('REASON_MALFORMED');
  });

  it('refuses an event when the subscription is unknown, revoked, requested, of another member or type', async () => {
    const bytes = await signEvent(world);
    const directory = (change: Partial<{ status: 'REVOKED' | 'REQUESTED'; eventType: string }> | null) => {
      const fake = new FakeDeliveryDirectory();
      if (change === null) fake.subscriptions.clear();
      else
        fake.subscriptions.set(SUBSCRIPTION_ID, { ...fake.subscriptions.get(SUBSCRIPTION_ID)!, ...change });
      return fake;
    };
    expect(reasonOf(bytes, directory(null))).toBe('REASON_NOT_FOUND');
    expect(reasonOf(bytes, directory({ status: 'REVOKED' }))).toBe('REASON_ACCESS_DENIED');
    expect(reasonOf(bytes, directory({ status: 'REQUESTED' }))).toBe('REASON_ACCESS_DENIED');
    expect(reasonOf(bytes, directory({ eventType: 'nl.brp.person.died.v1' }))).toBe('REASON_ACCESS_DENIED');
    const foreign = new FakeDeliveryDirectory();
    foreign.subscriptions.set(SUBSCRIPTION_ID, {
      ...foreign.subscriptions.get(SUBSCRIPTION_ID)!,
      subscriber: { ...CLIENT, memberCode: '0599' },
    });
    expect(reasonOf(bytes, foreign)).toBe('REASON_ACCESS_DENIED');
  });

  it("refuses an event not signed by the event type's owner, or of an unregistered type", async () => {
    const stranger = strangerOf(world);
    const bytes = await signEvent(
      { ...world, providerSigner: localSigner(stranger, 'gw-stranger-0') },
      {
        sender: { ...stranger.identity, subsystem: 'brp' },
      },
    );
    expect(reasonOf(bytes)).toBe('REASON_UNKNOWN_EVENT_TYPE');
    const otherSubsystem = await signEvent(world, { sender: { ...BRP, subsystem: 'other' } });
    expect(reasonOf(otherSubsystem)).toBe('REASON_UNKNOWN_EVENT_TYPE');
    const unregistered = new FakeDeliveryDirectory();
    unregistered.eventTypes.clear();
    expect(reasonOf(await signEvent(world), unregistered)).toBe('REASON_UNKNOWN_EVENT_TYPE');
  });
});
