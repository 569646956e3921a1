import { beforeAll, describe, expect, it } from 'vitest';
import { MessageKind, PayloadEncoding, Reason } from '@sild/contracts';
import { TrustException, TrustFailure } from '@sild/domain-envelope';
import { admitRequest, asGatewayException, type AdmissionPolicy } from './index';
import {
  BRP,
  CLIENT,
  FakeBackend,
  FakeDirectory,
  PAYLOAD,
  PERSON_SERVICE,
  gatewayWorld,
  providerOptions,
  signRequest,
  type GatewayWorld,
} from './testing';

describe('admitRequest', () => {
  let world: GatewayWorld;
  beforeAll(() => {
    world = gatewayWorld();
  });

  const backend = new FakeBackend();
  const admit = async (
    bytes: Uint8Array,
    directory = new FakeDirectory(),
    policy: AdmissionPolicy = providerOptions(backend),
  ) => admitRequest(bytes, world.verifier(), directory, policy);
  const refusalOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'admitted',
      (error: unknown) => asGatewayException(error).reason,
    );

  it('admits a granted request and says what the provider system needs', async () => {
    const request = await signRequest(world);
    const admitted = await admit(request.bytes);
    expect(admitted.backend).toBe(backend);
    expect(admitted.verified.header.messageId).toBe(request.messageId);
    expect(admitted.call).toEqual({
      client: CLIENT,
      service: PERSON_SERVICE,
      messageId: request.messageId,
      correlationId: request.messageId,
      payload: admitted.verified.payload,
      payloadType: admitted.verified.header.payloadType,
      payloadEncoding: admitted.verified.header.payloadEncoding,
      onBehalfOf: 'clerk-42',
      purpose: 'residents-registration',
      grantId: 'grant-7',
    });
    expect(Buffer.from(admitted.call.payload)).toEqual(PAYLOAD);
  });

  it('refuses what does not verify with the trust failure (REPLAYED the second time)', async () => {
    const request = await signRequest(world);
    const verifier = world.verifier();
    const directory = new FakeDirectory();
    await admitRequest(request.bytes, verifier, directory, providerOptions(backend));
    const replay = admitRequest(request.bytes, verifier, directory, providerOptions(backend));
    await expect(replay).rejects.toBeInstanceOf(TrustException);
    await expect(replay).rejects.toMatchObject({ failure: TrustFailure.REPLAYED });
  });

  it('MALFORMED: an envelope that is not a REQUEST', async () => {
    const management = await world.clientSigner.sign(
      {
        kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
        sender: CLIENT,
        recipientClient: BRP,
        payloadType: 'type.googleapis.com/x',
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
      },
      PAYLOAD,
    );
    expect(await refusalOf(admit(management.bytes))).toBe(Reason.REASON_MALFORMED);
  });

  it('UNKNOWN_SERVICE: a subsystem this gateway does not serve, or another member', async () => {
    const other = await signRequest(world, { ...PERSON_SERVICE, provider: { ...BRP, subsystem: 'other' } });
    expect(await refusalOf(admit(other.bytes))).toBe(Reason.REASON_UNKNOWN_SERVICE);
    const foreign = await signRequest(world, {
      ...PERSON_SERVICE,
      provider: { ...CLIENT, subsystem: 'brp' },
    });
    expect(await refusalOf(admit(foreign.bytes))).toBe(Reason.REASON_UNKNOWN_SERVICE);
  });

  it('UNKNOWN_SERVICE before ACCESS_DENIED: a service the registry does not know', async () => {
    const directory = new FakeDirectory();
    directory.services = [];
    directory.grantId = undefined;
    expect(await refusalOf(admit((await signRequest(world)).bytes, directory))).toBe(
      Reason.REASON_UNKNOWN_SERVICE,
    );
  });

  it('TOO_LARGE before ACCESS_DENIED: a payload over the limit', async () => {
    const directory = new FakeDirectory();
    directory.grantId = undefined;
    const policy = providerOptions(backend, { maxPayloadBytes: PAYLOAD.length - 1 });
    expect(await refusalOf(admit((await signRequest(world)).bytes, directory, policy))).toBe(
      Reason.REASON_TOO_LARGE,
    );
  });

  it('ACCESS_DENIED: no active grant for the calling subsystem', async () => {
    const directory = new FakeDirectory();
    directory.grantId = undefined;
    expect(await refusalOf(admit((await signRequest(world)).bytes, directory))).toBe(
      Reason.REASON_ACCESS_DENIED,
    );
  });

  it('MALFORMED: a REQUEST whose service differs from its recipient_service', async () => {
    const request = await world.clientSigner.sign(
      {
        kind: MessageKind.MESSAGE_KIND_REQUEST,
        sender: CLIENT,
        recipientService: PERSON_SERVICE,
        service: { ...PERSON_SERVICE, serviceCode: 'secret' },
        payloadType: 'type.googleapis.com/test.Text',
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
      },
      PAYLOAD,
    );
    expect(await refusalOf(admit(request.bytes))).toBe(Reason.REASON_MALFORMED);
    expect(backend.calls).toHaveLength(0);
  });
});
