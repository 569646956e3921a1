// Typed fakes of the signer's ports and a small instance with a signer, for unit tests.
import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import { MessageKind, PayloadEncoding, sild, type ClientId } from '@sild/contracts';
import {
  EnvelopeSigner,
  EnvelopeVerifier,
  InMemoryCertificateDirectory,
  type EnvelopeDraft,
  type VerifiedEnvelope,
} from '@sild/domain-envelope';
import { fixedClock, testSigner, TEST_EPOCH } from '@sild/domain-envelope/testing';
import {
  CryptoErrorCode,
  CryptoException,
  generateSigningKeyPair,
  memberIdText,
  parseMemberCertificate,
  signBytes,
  signingAlgorithmOf,
  type MemberIdentity,
  type SigningAlgorithm,
  type CertificateAuthority,
  type TokenKey,
} from '@sild/platform-crypto';
import { testMember, testRootCa, type TestMember } from '@sild/platform-crypto/testing';
import { activeCertificate, type Certificate, type Member } from '@sild/registry-config';
import { CertificateRequestsService } from './certificate-requests.service';
import {
  handleOfPublicKey,
  instanceAuthority,
  InstanceCaService,
  ROOT_CA_LABEL,
} from './instance-ca.service';
import type { KeyStore } from './key-store.repository';
import { registrySnapshotOf, type RegistryRepository, type RegistrySnapshot } from './registry.repository';
import { CERTIFICATE_REQUEST_TYPE, ReplyWriter } from './reply-writer';
import { InMemoryRequestLogRepository } from './request-log.repository';
import { SignerErrorCode, SignerException } from './signer.exception';
import { ensureSignerIdentity, type SignerIdentity } from './signer-identity';

export { TEST_EPOCH, fixedClock };

/** A key store in memory (no files, no passphrase). */
export class InMemoryKeyStore implements KeyStore {
  private readonly keys = new Map<string, { key: TokenKey; privateKey: KeyObject }>();
  private created = 0;

  generate(label: string, member: MemberIdentity | null, algorithm?: SigningAlgorithm): TokenKey {
    return this.import(label, generateSigningKeyPair(algorithm).privateKey, member);
  }

  import(label: string, privateKey: KeyObject, member: MemberIdentity | null): TokenKey {
    const handle = handleOfPublicKey(createPublicKey(privateKey));
    if (this.keys.has(handle)) throw new CryptoException(CryptoErrorCode.BAD_KEY, `key ${handle} exists`);
    const createdAt = new Date(TEST_EPOCH.getTime() + this.created++).toISOString();
    const algorithm = signingAlgorithmOf(privateKey);
    const key: TokenKey = { handle, label, member, algorithm, createdAt, certificatePem: null };
    this.keys.set(handle, { key, privateKey });
    return key;
  }

  list(): TokenKey[] {
    return [...this.keys.values()].map((entry) => entry.key);
  }

  find(handle: string): TokenKey | undefined {
    return this.keys.get(handle)?.key;
  }

  setCertificate(handle: string, certificatePem: string): TokenKey {
    const entry = this.entry(handle);
    const key = { ...entry.key, certificatePem };
    this.keys.set(handle, { ...entry, key });
    return key;
  }

  sign(handle: string, data: Uint8Array): Buffer {
    const entry = this.entry(handle);
    return signBytes(entry.key.algorithm, entry.privateKey, data);
  }

  privateKey(handle: string): KeyObject {
    return this.entry(handle).privateKey;
  }

  private entry(handle: string): { key: TokenKey; privateKey: KeyObject } {
    const entry = this.keys.get(handle);
    if (!entry) throw new CryptoException(CryptoErrorCode.BAD_KEY, `no key ${handle}`);
    return entry;
  }
}

/** The registry in memory: members, certificates (with revocation), and what was registered. */
export class FakeRegistryRepository implements RegistryRepository {
  readonly members: Member[] = [];
  readonly certificates: Certificate[] = [];
  /** When set, every call fails as the unreachable registry does. */
  unavailable = false;

  addMember(id: MemberIdentity): void {
    this.members.push({ id: { ...id, subsystem: '' }, name: memberIdText(id), createdAt: TEST_EPOCH });
  }

  revoke(keyId: string): void {
    const index = this.certificates.findIndex((c) => c.keyId === keyId);
    const certificate = this.certificates[index];
    if (!certificate) throw new Error(`no certificate ${keyId}`);
    this.certificates[index] = { ...certificate, status: 'REVOKED', revokedAt: TEST_EPOCH };
  }

  snapshot(): Promise<RegistrySnapshot> {
    if (this.unavailable) return Promise.reject(this.down());
    return Promise.resolve(registrySnapshotOf(this.members, this.certificates));
  }

  registerCertificate(certificateDer: Uint8Array): Promise<void> {
    if (this.unavailable) return Promise.reject(this.down());
    try {
      this.addCertificate(certificateDer);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Publishes a certificate as the registry does (the member must be registered). */
  addCertificate(certificateDer: Uint8Array): void {
    const parsed = parseMemberCertificate(certificateDer);
    if (!this.members.some((m) => memberIdText(m.id) === memberIdText(parsed.identity))) {
      throw new SignerException(SignerErrorCode.MEMBER_NOT_APPROVED, 'member not found');
    }
    this.certificates.push(activeCertificate(parsed));
  }

  private down(): SignerException {
    return new SignerException(SignerErrorCode.REGISTRY_UNAVAILABLE, 'registry unavailable');
  }
}

export interface TestSigner {
  /** The instance root CA (its key is also in `keys`). */
  readonly root: CertificateAuthority;
  readonly keys: InMemoryKeyStore;
  readonly registry: FakeRegistryRepository;
  readonly log: InMemoryRequestLogRepository;
  readonly ca: InstanceCaService;
  readonly identity: SignerIdentity;
  readonly requests: CertificateRequestsService;
  /** NL/GOV/00000001: registered, with an active certificate in the registry. */
  readonly member: TestMember;
  /** NL/MUN/0363: registered, with an active certificate in the registry. */
  readonly other: TestMember;
  readonly signerId: ClientId;
}

/** An instance whose root CA key is in an in-memory token, with a signer and two members. */
export function testSignerInstance(clock = fixedClock(1_000)): TestSigner {
  const root = testRootCa('NL');
  const keys = new InMemoryKeyStore();
  keys.setCertificate(keys.import(ROOT_CA_LABEL, root.privateKey, null).handle, root.certificatePem);
  const registry = new FakeRegistryRepository();
  const log = new InMemoryRequestLogRepository();
  const options = { defaultValidityDays: 365, maxValidityDays: 825, clock };
  const ca = new InstanceCaService(instanceAuthority(keys), keys, registry, options);
  const identity = ensureSignerIdentity(keys, ca, { validityDays: 365, renewBeforeDays: 30, now: clock() });
  const signerId = { ...identity.member, subsystem: '' };
  const envelopeSigner = new EnvelopeSigner({
    privateKey: identity.privateKey,
    certificate: identity.certificate,
    senderInstanceId: 'signer-test',
    clock,
  });
  const replies = new ReplyWriter(envelopeSigner, signerId);
  const trustRoot = root.certificatePem;
  const requests = new CertificateRequestsService(ca, registry, log, replies, {
    trustRoot,
    signer: signerId,
    validityDays: 365,
    clock,
  });
  const member = testMember(root, { memberClass: 'GOV', memberCode: '00000001' });
  const other = testMember(root, { memberClass: 'MUN', memberCode: '0363' });
  for (const m of [member, other]) {
    registry.addMember(m.identity);
    registry.addCertificate(m.certificate.der);
  }
  return { root, keys, registry, log, ca, identity, requests, member, other, signerId };
}

/** A signed certificate request envelope from `from` (subsystem `gateway`) for `csrPem`. */
export function certificateRequestEnvelope(
  from: TestMember,
  to: ClientId,
  csrPem: string,
  overrides: Partial<EnvelopeDraft> = {},
): Uint8Array {
  const payload = sild.signer.v1.CertificateRequest.encode({ csrPem, reason: 'rotation' }).finish();
  const draft: EnvelopeDraft = {
    kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
    sender: { ...from.identity, subsystem: 'gateway' },
    recipientClient: to,
    payloadType: CERTIFICATE_REQUEST_TYPE,
    payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
    ...overrides,
  };
  return testSigner(from).sign(draft, payload).bytes;
}

/** Verifies a recorded answer (base64) as the member's gateway would: signed by the signer. */
export function readSignerReply(instance: TestSigner, envelope: string): VerifiedEnvelope {
  const verifier = new EnvelopeVerifier({
    trustRoot: instance.root.certificate,
    certificates: new InMemoryCertificateDirectory([instance.identity.certificate]),
    clock: fixedClock(2_000),
  });
  return verifier.authenticate(Buffer.from(envelope, 'base64'));
}
