// A registry for delivery tests: an instance root, the population register (GOV/00000001, owner of
// the event type) and a stranger, certified; subscriptions of MUN/0363 approved or revoked at will.
import { MessageKind, PayloadEncoding } from '@sild/contracts';
import { EnvelopeSigner } from '@sild/domain-envelope';
import type { TestMember } from '@sild/platform-crypto/testing';
import { testMember } from '@sild/platform-crypto/testing';
import { testLogger } from '@sild/platform-kafka/testing';
import type { ClientRef, RegistryEntity, Subscription } from '@sild/registry-config';
import { RegistryView } from '@sild/registry-view';
import { FakeConfigFeed, signedRecord, testRegistry } from '@sild/registry-view/testing';

export const EVENT_TYPE = 'nl.brp.person.relocated.v1';
export const BRP: ClientRef = {
  instance: 'NL',
  memberClass: 'GOV',
  memberCode: '00000001',
  subsystem: 'brp',
};
export const SUBSCRIBER: ClientRef = {
  instance: 'NL',
  memberClass: 'MUN',
  memberCode: '0363',
  subsystem: 'burgerzaken',
};
const DAY_MS = 86_400_000;

const certificateOf = (member: TestMember): RegistryEntity => ({
  kind: 'certificate',
  value: {
    keyId: member.certificate.keyIdHex,
    member: { ...member.identity, subsystem: '' },
    certificateDer: member.certificate.der,
    status: 'ACTIVE',
    notBefore: new Date(member.certificate.notBeforeMs),
    notAfter: new Date(member.certificate.notAfterMs),
    revokedAt: null,
    revocationReason: '',
  },
});

export class DeliveryRegistry {
  readonly registry = testRegistry();
  readonly provider = testMember(this.registry.ca, { memberClass: 'GOV', memberCode: '00000001' });
  readonly stranger = testMember(this.registry.ca, { memberClass: 'GOV', memberCode: '00000002' });
  readonly feed = new FakeConfigFeed();
  readonly view = new RegistryView({
    feed: this.feed,
    name: 'delivery-test',
    anchor: this.registry.anchor,
    logger: testLogger('delivery-view'),
  });
  private version = 0;
  private readonly signers = new Map<TestMember, EnvelopeSigner>();

  constructor() {
    this.record(certificateOf(this.provider), certificateOf(this.stranger), {
      kind: 'eventType',
      value: {
        name: EVENT_TYPE,
        owner: BRP,
        payloadType: 'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
        descriptorSet: null,
        partitionKeyRule: 'subject_key',
        description: 'a person moved',
        createdAt: new Date(),
      },
    });
  }

  /** Records a subscription of SUBSCRIBER to EVENT_TYPE in the given state. */
  subscription(id: string, status: Subscription['status'] = 'APPROVED'): void {
    this.record({
      kind: 'subscription',
      value: {
        id,
        subscriber: SUBSCRIBER,
        eventType: EVENT_TYPE,
        filterJson: '',
        approvedFilterJson: '',
        includeFollowed: false,
        purpose: 'keep resident records current',
        status,
        decidedBy: BRP,
        decidedAt: new Date(),
        reason: '',
        createdAt: new Date(),
      },
    });
  }

  /** A signed EVENT of EVENT_TYPE about `subjectKey`, as the register's gateway publishes it. */
  event(
    subjectKey: string,
    sequence: number,
    signer: TestMember = this.provider,
  ): { bytes: Buffer; messageId: string } {
    let envelopeSigner = this.signers.get(signer);
    if (!envelopeSigner) {
      envelopeSigner = new EnvelopeSigner({
        privateKey: signer.keys.privateKey,
        certificate: signer.certificate,
        senderInstanceId: `gw-${signer.identity.memberCode}`,
      });
      this.signers.set(signer, envelopeSigner);
    }
    const signed = envelopeSigner.sign(
      {
        kind: MessageKind.MESSAGE_KIND_EVENT,
        sender: { ...signer.identity, subsystem: 'brp' },
        eventType: { name: EVENT_TYPE },
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        payloadType: 'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
        subjectKey,
        subjectSequence: sequence,
        attributes: { municipality: '0363' },
        ttlMs: 7 * DAY_MS,
      },
      Buffer.from(JSON.stringify({ subject: subjectKey, sequence })),
    );
    return { bytes: Buffer.from(signed.bytes), messageId: signed.messageId };
  }

  private record(...entities: RegistryEntity[]): void {
    this.feed.append(...entities.map((entity) => signedRecord(this.registry, ++this.version, entity)));
  }
}
