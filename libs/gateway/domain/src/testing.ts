// Test fixtures for the gateway domain: a provider (the population register, subsystem `brp`) and
// a client (a municipality, subsystem `burgerzaken`) with in-process signers, the service between
// them, and recording fakes of the ports (bus, registry view, decision log, provider system).
import {
  MessageKind,
  PayloadEncoding,
  wire,
  type DecisionFields,
  type DecisionOutcome,
  type Header,
  type WireError,
} from '@sild/contracts';
import {
  DEFAULT_LIMITS,
  InMemoryCertificateDirectory,
  readEnvelopeFrame,
  type EnvelopeVerifierOptions,
  type EnvelopeVerifier,
  type SignedEnvelope,
} from '@sild/domain-envelope';
import { testVerifier, type TestInstance } from '@sild/domain-envelope/testing';
import { testMember, testRootCa, type TestMember } from '@sild/platform-crypto/testing';
import {
  LocalMessageSigner,
  type InboundRequest,
  type ProviderRequestsOptions,
  type CallInput,
  type CallLimits,
  type DecisionLog,
  type EnvelopeBus,
  type BusMessage,
  type BusPosition,
  type BackendCall,
  type BackendAnswer,
  type GatewayDirectory,
  type ProviderBackend,
} from './index';

type Ref = BackendCall['client'];
type ServiceRef = BackendCall['service'];

export interface GatewayWorld extends TestInstance {
  /** The provider member's gateway signer (instance id `gw-provider-0`). */
  readonly providerSigner: LocalMessageSigner;
  /** The client member's gateway signer (instance id `gw-client-0`). */
  readonly clientSigner: LocalMessageSigner;
  /** A verifier of this instance on the wall clock (the signers sign with it), own replay store. */
  verifier(options?: Partial<EnvelopeVerifierOptions>): EnvelopeVerifier;
}

const DAY_MS = 86_400_000;

/** Certificates valid around the wall clock, since LocalMessageSigner dates envelopes with it. */
function member(ca: TestInstance['ca'], memberClass: string, memberCode: string): TestMember {
  const now = Date.now();
  return testMember(
    ca,
    { memberClass, memberCode },
    { notBefore: new Date(now - DAY_MS), notAfter: new Date(now + DAY_MS) },
  );
}

export function gatewayWorld(): GatewayWorld {
  const ca = testRootCa('NL');
  const provider = member(ca, 'GOV', '00000001');
  const municipality = member(ca, 'MUN', '0363');
  const certificates = new InMemoryCertificateDirectory([provider.certificate, municipality.certificate]);
  const instance = { ca, provider, municipality, certificates };
  return {
    ...instance,
    providerSigner: localSigner(provider, 'gw-provider-0'),
    clientSigner: localSigner(municipality, 'gw-client-0'),
    verifier: (options = {}) => testVerifier(instance, { clock: Date.now, ...options }),
  };
}

export const localSigner = (signer: TestMember, instanceId: string): LocalMessageSigner =>
  new LocalMessageSigner(signer.keys.privateKey, signer.certificate, instanceId);

/** Another member of the instance (certified, so its envelopes verify). */
export function strangerOf(world: GatewayWorld): TestMember {
  const stranger = member(world.ca, 'GOV', '00000002');
  world.certificates.add(stranger.certificate);
  return stranger;
}

export const PROVIDER_MEMBER = { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: '' };
export const CLIENT_MEMBER = { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: '' };
export const BRP: Ref = { ...PROVIDER_MEMBER, subsystem: 'brp' };
export const CLIENT: Ref = { ...CLIENT_MEMBER, subsystem: 'burgerzaken' };
export const PERSON_SERVICE: ServiceRef = { provider: BRP, serviceCode: 'person', serviceVersion: 'v1' };
export const PAYLOAD_TYPE = 'type.googleapis.com/sild.examples.population.v1.GetPersonRequest';
export const PAYLOAD = Buffer.from('{"nationalId":"999990019"}');

/** The client gateway's limits: 1 KiB payloads, 1 s default and 5 s longest call timeout. */
export const CLIENT_LIMITS: CallLimits = {
  member: CLIENT_MEMBER,
  maxPayloadBytes: 1024,
  defaultTimeoutMs: 1000,
  maxTimeoutMs: 5000,
};

/** A call of the person service by the client, as the Gateway API would receive it. */
export const callInput = (overrides: Partial<CallInput> = {}): CallInput => ({
  client: CLIENT,
  service: PERSON_SERVICE,
  payload: PAYLOAD,
  payloadType: PAYLOAD_TYPE,
  payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
  onBehalfOf: 'clerk-42',
  purpose: 'residents-registration',
  timeoutMs: 0,
  ...overrides,
});

/** The person service call as an admitted request reaches the provider system. */
export const backendCall = (overrides: Partial<BackendCall> = {}): BackendCall => ({
  client: CLIENT,
  service: PERSON_SERVICE,
  messageId: '019b7a3a-0000-7000-8000-000000000001',
  correlationId: '019b7a3a-0000-7000-8000-000000000001',
  payload: PAYLOAD,
  payloadType: PAYLOAD_TYPE,
  payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
  onBehalfOf: 'clerk-42',
  purpose: 'residents-registration',
  grantId: 'grant-7',
  traceparent: '',
  ...overrides,
});

/** A REQUEST of `service` signed by the client's gateway, as the provider gateway receives it. */
export function signRequest(
  world: GatewayWorld,
  service: ServiceRef = PERSON_SERVICE,
): Promise<SignedEnvelope> {
  return world.clientSigner.sign(
    {
      kind: MessageKind.MESSAGE_KIND_REQUEST,
      sender: CLIENT,
      recipientService: service,
      service,
      payloadType: PAYLOAD_TYPE,
      payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
      onBehalfOf: 'clerk-42',
      purpose: 'residents-registration',
      ttlMs: 10_000,
    },
    PAYLOAD,
  );
}

let offset = 0;

/** Bytes as a consumer hands them over, at a fresh offset. */
export const inbound = (value: Uint8Array | null, topic = 'sild.req.test'): InboundRequest => ({
  value,
  topic,
  partition: 0,
  offset: String((offset += 1)),
});

/** The header and (for an ERROR) the error of envelope bytes, unverified. */
export function readAnswer(bytes: Uint8Array): { header: Header; error?: WireError } {
  const frame = readEnvelopeFrame(bytes, DEFAULT_LIMITS);
  const header = wire.Header.decode(frame.header);
  return header.kind === MessageKind.MESSAGE_KIND_ERROR
    ? { header, error: wire.Error.decode(frame.payload) }
    : { header };
}

export interface SentMessage {
  readonly topic: string;
  readonly message: BusMessage;
}

/** A bus that keeps what is sent and hands it to `onSend` (asynchronously, like Kafka). */
export class FakeBus implements EnvelopeBus {
  readonly sent: SentMessage[] = [];
  readonly missingTopics = new Set<string>();
  onSend: ((sent: SentMessage) => Promise<void>) | undefined;
  private readonly deliveries: Promise<void>[] = [];

  send(topic: string, message: BusMessage): Promise<BusPosition> {
    const sent = { topic, message };
    this.sent.push(sent);
    const { onSend } = this;
    if (onSend) this.deliveries.push(Promise.resolve().then(() => onSend(sent)));
    return Promise.resolve({ topic, partition: 0, offset: String(this.sent.length - 1) });
  }

  topicExists(topic: string): Promise<boolean> {
    return Promise.resolve(!this.missingTopics.has(topic));
  }

  /** Waits for every `onSend` started so far. */
  async delivered(): Promise<void> {
    await Promise.all(this.deliveries);
  }
}

export class RecordingDecisionLog implements DecisionLog {
  readonly records: DecisionFields[] = [];

  record(decision: DecisionFields): Promise<void> {
    this.records.push(decision);
    return Promise.resolve();
  }

  get outcomes(): (DecisionOutcome | null | undefined)[] {
    return this.records.map((record) => record.outcome);
  }
}

const sameRef = (a: Ref, b: Ref): boolean =>
  a.instance === b.instance &&
  a.memberClass === b.memberClass &&
  a.memberCode === b.memberCode &&
  a.subsystem === b.subsystem;

const sameService = (a: ServiceRef, b: ServiceRef): boolean =>
  sameRef(a.provider, b.provider) && a.serviceCode === b.serviceCode && a.serviceVersion === b.serviceVersion;

/** The registry view: PERSON_SERVICE is registered and CLIENT holds grant `grantId` for it. */
export class FakeDirectory implements GatewayDirectory {
  services: ServiceRef[] = [PERSON_SERVICE];
  grantId: string | undefined = 'grant-7';

  hasService(service: ServiceRef): boolean {
    return this.services.some((known) => sameService(known, service));
  }

  activeGrantId(client: Ref, service: ServiceRef): string | undefined {
    return sameRef(client, CLIENT) && sameService(service, PERSON_SERVICE) ? this.grantId : undefined;
  }
}

export const JSON_ANSWER: Extract<BackendAnswer, { payload: Uint8Array }> = {
  payload: Buffer.from('{"name":"Jan"}'),
  payloadType: 'type.googleapis.com/sild.examples.population.v1.Person',
  payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
};

/** A provider system answering with `answer` (default JSON_ANSWER) and keeping its calls. */
export class FakeBackend implements ProviderBackend {
  readonly calls: BackendCall[] = [];
  readonly signals: AbortSignal[] = [];

  constructor(
    private readonly answer: (call: BackendCall) => Promise<BackendAnswer> = () =>
      Promise.resolve(JSON_ANSWER),
  ) {}

  handle(call: BackendCall, signal: AbortSignal): Promise<BackendAnswer> {
    this.calls.push(call);
    this.signals.push(signal);
    return this.answer(call);
  }
}

/** The provider gateway's options: `backend` serves `brp`, 1 KiB payloads, 50 ms backend deadline. */
export const providerOptions = (
  backend: ProviderBackend,
  overrides: Partial<ProviderRequestsOptions> = {},
): ProviderRequestsOptions => ({
  member: PROVIDER_MEMBER,
  backends: new Map([['brp', backend]]),
  maxPayloadBytes: 1024,
  backend: { timeoutMs: 50, maxPayloadBytes: 1024 },
  instanceId: 'gw-provider-0',
  ...overrides,
});
