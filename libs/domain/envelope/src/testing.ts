// Test fixtures: a small instance (root CA, two members), signers, verifiers and envelope drafts.
import { MessageKind, PayloadEncoding, population } from '@sild/contracts';
import type { SigningAlgorithm } from '@sild/platform-crypto';
import { TEST_EPOCH, testMember, testRootCa, type TestMember } from '@sild/platform-crypto/testing';
import { InMemoryCertificateDirectory } from './certificate-directory.repository';
import { EnvelopeSigner, type EnvelopeDraft } from './envelope-signer.service';
import { EnvelopeVerifier, type EnvelopeVerifierOptions } from './envelope-verifier.service';
import { TrustException, type TrustFailure } from './trust.exception';

export { TEST_EPOCH };

export interface TestInstance {
  readonly ca: ReturnType<typeof testRootCa>;
  /** The population register: NL/GOV/00000001 (subsystem `brp`). */
  readonly provider: TestMember;
  /** A municipality: NL/MUN/0363 (subsystem `burgerzaken`). */
  readonly municipality: TestMember;
  readonly certificates: InMemoryCertificateDirectory;
}

export function testInstance(algorithm?: SigningAlgorithm): TestInstance {
  const ca = testRootCa('NL');
  const options = algorithm ? { algorithm } : {};
  const provider = testMember(ca, { memberClass: 'GOV', memberCode: '00000001' }, options);
  const municipality = testMember(ca, { memberClass: 'MUN', memberCode: '0363' }, options);
  const certificates = new InMemoryCertificateDirectory([provider.certificate, municipality.certificate]);
  return { ca, provider, municipality, certificates };
}

/** A fixed clock at `TEST_EPOCH + offsetMs`. */
export const fixedClock =
  (offsetMs = 0): (() => number) =>
  () =>
    TEST_EPOCH.getTime() + offsetMs;

export function testSigner(member: TestMember, clock = fixedClock()): EnvelopeSigner {
  return new EnvelopeSigner({
    privateKey: member.keys.privateKey,
    certificate: member.certificate,
    senderInstanceId: `gateway-${member.identity.memberCode}-0`,
    clock,
  });
}

export function testVerifier(
  instance: TestInstance,
  options: Partial<EnvelopeVerifierOptions> = {},
): EnvelopeVerifier {
  return new EnvelopeVerifier({
    trustRoot: instance.ca.certificate,
    certificates: instance.certificates,
    clock: fixedClock(1000),
    ...options,
  });
}

/** An EVENT `nl.brp.person.relocated.v1` draft sent by `member` (subsystem `brp`). */
export function relocationDraft(member: TestMember, overrides: Partial<EnvelopeDraft> = {}): EnvelopeDraft {
  return {
    kind: MessageKind.MESSAGE_KIND_EVENT,
    sender: { ...member.identity, subsystem: 'brp' },
    eventType: { name: 'nl.brp.person.relocated.v1' },
    correlationId: '0190f1d2-8c3a-7b4e-9a6f-1c2d3e4f5a6b',
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    payloadType: 'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
    payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
    purpose: 'residents-registration',
    subjectKey: 'hmac:7f3a9c',
    subjectSequence: 1,
    ...overrides,
  };
}

/** An example PersonRelocated payload. */
export function relocationPayload(): Uint8Array {
  return population.PersonRelocated.encode({
    nationalId: '999990019',
    previousAddress: {
      street: 'Damrak',
      houseNumber: '1',
      postalCode: '1012 LG',
      city: 'Amsterdam',
      municipalityCode: '0363',
    },
    newAddress: {
      street: 'Coolsingel',
      houseNumber: '40',
      postalCode: '3011 AD',
      city: 'Rotterdam',
      municipalityCode: '0599',
    },
    effectiveDate: { year: 2026, month: 1, day: 1 },
  }).finish();
}

/** The TrustFailure an envelope check rejects with, or 'accepted'; other errors pass through. */
export async function trustFailureOf(check: Promise<unknown>): Promise<TrustFailure | 'accepted'> {
  try {
    await check;
    return 'accepted';
  } catch (error) {
    if (error instanceof TrustException) return error.failure;
    throw error;
  }
}
