import { beforeAll, describe, expect, it } from 'vitest';
import {
  DecisionOutcome,
  DecisionRole,
  MessageKind,
  Reason,
  replyTopic,
  requestTopic,
  wire,
} from '@sild/contracts';
import { sha256 } from '@sild/domain-envelope';
import { ProviderRequestsService, UndeliverableMessageException } from './index';
import {
  BRP,
  CLIENT,
  FakeBackend,
  FakeBus,
  FakeDirectory,
  JSON_ANSWER,
  PROVIDER_MEMBER,
  RecordingDecisionLog,
  gatewayWorld,
  inbound,
  providerOptions,
  readAnswer,
  signRequest,
  type GatewayWorld,
} from './testing';

const { DECISION_OUTCOME_ACCEPTED, DECISION_OUTCOME_ANSWERED, DECISION_OUTCOME_DENIED } = DecisionOutcome;
const TOPIC = requestTopic(BRP);

describe('ProviderRequestsService', () => {
  let world: GatewayWorld;
  beforeAll(() => {
    world = gatewayWorld();
  });

  function provider(backend = new FakeBackend()) {
    const directory = new FakeDirectory();
    const bus = new FakeBus();
    const decisions = new RecordingDecisionLog();
    const options = providerOptions(backend);
    const service = new ProviderRequestsService(
      world.verifier(),
      directory,
      world.providerSigner,
      bus,
      decisions,
      options,
    );
    /** The one answer sent, read back. */
    const answer = () => {
      expect(bus.sent).toHaveLength(1);
      return { ...readAnswer(bus.sent[0]!.message.value), ...bus.sent[0]! };
    };
    return { backend, directory, bus, decisions, service, answer };
  }

  it('serves a granted request: one backend call, a RESPONSE bound to the request, ACCEPTED + ANSWERED', async () => {
    const { backend, bus, decisions, service, answer } = provider();
    const request = await signRequest(world);
    await service.handle(inbound(request.bytes, TOPIC));

    expect(backend.calls).toHaveLength(1);
    expect(backend.calls[0]).toMatchObject({
      client: CLIENT,
      messageId: request.messageId,
      grantId: 'grant-7',
    });
    const { topic, message, header } = answer();
    expect(topic).toBe(replyTopic(CLIENT));
    expect(message.key).toBe('gw-client-0');
    expect(header.kind).toBe(MessageKind.MESSAGE_KIND_RESPONSE);
    expect(header.sender).toEqual(BRP);
    expect(header.recipientClient).toEqual(CLIENT);
    expect(header.inReplyTo).toBe(request.messageId);
    expect(header.correlationId).toBe(request.messageId);
    expect(Buffer.from(header.requestHash)).toEqual(Buffer.from(sha256(request.header)));
    expect(header.payloadType).toBe(JSON_ANSWER.payloadType);

    const verified = await world.verifier().verify(bus.sent[0]!.message.value);
    expect(verified.signer.identity).toEqual(world.provider.identity);
    expect(Buffer.from(verified.payload)).toEqual(Buffer.from('{"name":"Jan"}'));

    expect(decisions.outcomes).toEqual([DECISION_OUTCOME_ACCEPTED, DECISION_OUTCOME_ANSWERED]);
    expect(decisions.records[0]).toMatchObject({ detail: 'grant grant-7', topic: TOPIC, partition: 0 });
    expect(decisions.records[1]).toMatchObject({
      messageId: request.messageId,
      role: DecisionRole.DECISION_ROLE_PROVIDER,
      relatedMessageId: header.messageId,
      decidedBy: PROVIDER_MEMBER,
      deciderInstanceId: 'gw-provider-0',
    });
  });

  it('refuses a request without a grant with a signed ERROR; the backend is never called', async () => {
    const { backend, directory, decisions, service, answer } = provider();
    directory.grantId = undefined;
    const request = await signRequest(world);
    await service.handle(inbound(request.bytes, TOPIC));

    expect(backend.calls).toHaveLength(0);
    const { topic, header, error } = answer();
    expect(topic).toBe(replyTopic(CLIENT));
    expect(header.kind).toBe(MessageKind.MESSAGE_KIND_ERROR);
    expect(header.sender).toEqual(BRP);
    expect(header.inReplyTo).toBe(request.messageId);
    expect(error).toMatchObject({ reason: Reason.REASON_ACCESS_DENIED, retryable: false });
    expect(decisions.records).toEqual([
      expect.objectContaining({
        outcome: DECISION_OUTCOME_DENIED,
        reason: Reason.REASON_ACCESS_DENIED,
        relatedMessageId: header.messageId,
      }),
    ]);
  });

  it('UNKNOWN_SERVICE: a subsystem this gateway does not serve, refused as that subsystem', async () => {
    const { backend, decisions, service, answer } = provider();
    const other = { ...BRP, subsystem: 'other' };
    const request = await signRequest(world, {
      provider: other,
      serviceCode: 'person',
      serviceVersion: 'v1',
    });
    await service.handle(inbound(request.bytes, TOPIC));

    expect(backend.calls).toHaveLength(0);
    const { header, error } = answer();
    expect(header.sender).toEqual(other);
    expect(error?.reason).toBe(Reason.REASON_UNKNOWN_SERVICE);
    expect(decisions.records).toEqual([
      expect.objectContaining({ outcome: DECISION_OUTCOME_DENIED, reason: Reason.REASON_UNKNOWN_SERVICE }),
    ]);
  });

  it('REPLAYED: the same request again is refused, the backend is called once', async () => {
    const { backend, bus, decisions, service } = provider();
    const request = await signRequest(world);
    await service.handle(inbound(request.bytes, TOPIC));
    await service.handle(inbound(request.bytes, TOPIC));

    expect(backend.calls).toHaveLength(1);
    expect(bus.sent.map(({ message }) => readAnswer(message.value).error?.reason)).toEqual([
      undefined,
      Reason.REASON_REPLAYED,
    ]);
    expect(decisions.outcomes).toEqual([
      DECISION_OUTCOME_ACCEPTED,
      DECISION_OUTCOME_ANSWERED,
      DECISION_OUTCOME_DENIED,
    ]);
  });

  it('answers a failing provider system with PROVIDER_UNAVAILABLE: ACCEPTED + FAILED', async () => {
    const { decisions, service, answer } = provider(new FakeBackend(() => Promise.reject(new Error('down'))));
    await service.handle(inbound((await signRequest(world)).bytes, TOPIC));

    expect(answer().error).toMatchObject({ reason: Reason.REASON_PROVIDER_UNAVAILABLE, retryable: true });
    expect(decisions.outcomes).toEqual([DECISION_OUTCOME_ACCEPTED, DecisionOutcome.DECISION_OUTCOME_FAILED]);
    expect(decisions.records[1]?.reason).toBe(Reason.REASON_PROVIDER_UNAVAILABLE);
  });

  it('passes a refusal of the provider system on as a signed ERROR with its reason', async () => {
    const refusing = new FakeBackend(() =>
      Promise.resolve({ error: { reason: Reason.REASON_NOT_FOUND, message: 'no such person' } }),
    );
    const { service, answer } = provider(refusing);
    await service.handle(inbound((await signRequest(world)).bytes, TOPIC));
    expect(answer().error).toMatchObject({ reason: Reason.REASON_NOT_FOUND, message: 'no such person' });
  });

  it.each([
    ['garbage bytes', Buffer.from('garbage')],
    ['no bytes', null],
    [
      'a header without a sender',
      wire.Envelope.encode({ header: wire.Header.encode({ messageId: 'm' }).finish() }).finish(),
    ],
  ])('dead-letters %s: UndeliverableMessageException and a DEAD_LETTERED decision', async (_, bytes) => {
    const { bus, decisions, service } = provider();
    const message = inbound(bytes, TOPIC);
    await expect(service.handle(message)).rejects.toBeInstanceOf(UndeliverableMessageException);
    expect(bus.sent).toHaveLength(0);
    expect(decisions.records).toEqual([
      expect.objectContaining({
        outcome: DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED,
        reason: Reason.REASON_MALFORMED,
        topic: TOPIC,
        offset: Number(message.offset),
      }),
    ]);
  });
});
