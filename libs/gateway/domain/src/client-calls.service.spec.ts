import { peekHeader, type PeekedHeader } from '@sild/domain-envelope';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DecisionOutcome,
  DecisionRole,
  MessageKind,
  Reason,
  requestTopic,
  type ClientId,
} from '@sild/contracts';
import type { TestMember } from '@sild/platform-crypto/testing';
import {
  ClientCallsService,
  PendingReplies,
  ReplyIntakeService,
  signAnswer,
  type AnswerBody,
  type MessageSigner,
} from './index';
import {
  BRP,
  CLIENT_LIMITS,
  CLIENT_MEMBER,
  FakeBus,
  FakeDirectory,
  JSON_ANSWER,
  RecordingDecisionLog,
  callInput,
  gatewayWorld,
  inbound,
  localSigner,
  readAnswer,
  strangerOf,
  type GatewayWorld,
} from './testing';

const {
  DECISION_OUTCOME_SENT,
  DECISION_OUTCOME_DELIVERED,
  DECISION_OUTCOME_FAILED,
  DECISION_OUTCOME_DENIED,
} = DecisionOutcome;

/** How the provider side answers a request: zero or more answers, each signed by someone. */
type Answerer = (request: PeekedHeader) => Promise<Uint8Array>[];

describe('ClientCallsService with ReplyIntakeService', () => {
  let world: GatewayWorld;
  let stranger: TestMember;
  beforeAll(() => {
    world = gatewayWorld();
    stranger = strangerOf(world);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const answer =
    (body: AnswerBody, signer: MessageSigner = world.providerSigner, sender: ClientId = BRP) =>
    (request: PeekedHeader) =>
      signAnswer(signer, sender, request, body).then((signed) => signed.message.value);

  /** A client gateway whose bus hands each request to `answerer` and its answers to the intake. */
  function client(answerer: Answerer = () => []) {
    const bus = new FakeBus();
    const decisions = new RecordingDecisionLog();
    const pending = new PendingReplies();
    const decider = { member: CLIENT_MEMBER, instanceId: world.clientSigner.instanceId };
    const intake = new ReplyIntakeService(world.verifier(), pending, decisions, decider);
    const service = new ClientCallsService(
      world.clientSigner,
      bus,
      new FakeDirectory(),
      pending,
      decisions,
      CLIENT_LIMITS,
    );
    bus.onSend = async ({ message }) => {
      for (const reply of answerer(peekHeader(message.value)!)) await intake.handle(inbound(await reply));
    };
    return { bus, decisions, pending, service };
  }

  it('sends a signed REQUEST and returns the verified RESPONSE: SENT + DELIVERED', async () => {
    const { bus, decisions, pending, service } = client((request) => [answer(JSON_ANSWER)(request)]);
    const outcome = await service.call(callInput());

    expect(bus.sent).toHaveLength(1);
    const [sent] = bus.sent;
    const { header } = readAnswer(sent!.message.value);
    expect(sent?.topic).toBe(requestTopic(BRP));
    expect(sent?.message.key).toBe(header.messageId);
    expect(header).toMatchObject({ kind: MessageKind.MESSAGE_KIND_REQUEST, senderInstanceId: 'gw-client-0' });
    expect(outcome.messageId).toBe(header.messageId);
    expect(outcome.error).toBeUndefined();
    expect(outcome.result).toMatchObject({
      payloadType: JSON_ANSWER.payloadType,
      payloadEncoding: JSON_ANSWER.payloadEncoding,
    });
    expect(Buffer.from(outcome.result!.payload).toString()).toBe('{"name":"Jan"}');
    expect(decisions.outcomes).toEqual([DECISION_OUTCOME_SENT, DECISION_OUTCOME_DELIVERED]);
    expect(decisions.records[1]).toMatchObject({
      messageId: header.messageId,
      role: DecisionRole.DECISION_ROLE_CLIENT,
      relatedMessageId: outcome.result?.responseMessageId,
    });
    expect(pending.size).toBe(0);
  });

  it('returns an ERROR answer as an error outcome with its reason: SENT + FAILED', async () => {
    const refusal = { reason: Reason.REASON_NOT_FOUND, message: 'no such person', retryable: false };
    const { decisions, service } = client((request) => [answer(refusal)(request)]);
    const outcome = await service.call(callInput());

    expect(outcome.result).toBeUndefined();
    expect(outcome.error).toEqual(refusal);
    expect(decisions.outcomes).toEqual([DECISION_OUTCOME_SENT, DECISION_OUTCOME_FAILED]);
    expect(decisions.records[1]?.reason).toBe(Reason.REASON_NOT_FOUND);
  });

  const misbound: [string, Reason, Answerer][] = [
    [
      'signed by another member',
      Reason.REASON_SENDER_MISMATCH,
      (request) => {
        const sender = { ...stranger.identity, subsystem: 'brp' };
        return [answer(JSON_ANSWER, localSigner(stranger, 'gw-stranger-0'), sender)(request)];
      },
    ],
    [
      'bound to another request',
      Reason.REASON_DIGEST_MISMATCH,
      (request) => [answer(JSON_ANSWER)({ ...request, headerBytes: Buffer.from('another request') })],
    ],
  ];

  it.each(misbound)(
    'refuses an answer %s (DENIED, CLIENT) and ends with TIMEOUT',
    async (_, reason, answerer) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // the deadline fires when told
      const { bus, decisions, service } = client(answerer);
      const call = service.call(callInput({ timeoutMs: 50 }));
      await new Promise((resolve) => setImmediate(resolve)); // signed and sent
      await bus.delivered(); // the answer was refused while the call waits
      expect(decisions.outcomes).toEqual([DECISION_OUTCOME_SENT, DECISION_OUTCOME_DENIED]);
      await vi.advanceTimersByTimeAsync(50);
      const outcome = await call;

      expect(outcome.error).toMatchObject({ reason: Reason.REASON_TIMEOUT, retryable: true });
      const denied = decisions.records.filter((record) => record.outcome === DECISION_OUTCOME_DENIED);
      expect(denied).toEqual([
        expect.objectContaining({
          role: DecisionRole.DECISION_ROLE_CLIENT,
          reason,
          relatedMessageId: outcome.messageId,
        }),
      ]);
      expect(decisions.records.at(-1)).toMatchObject({
        outcome: DECISION_OUTCOME_FAILED,
        reason: Reason.REASON_TIMEOUT,
      });
    },
  );

  it('keeps waiting after a refused answer and takes the valid one that follows', async () => {
    const [, , forged] = misbound[0]!;
    const { decisions, service } = client((request) => [...forged(request), answer(JSON_ANSWER)(request)]);
    const outcome = await service.call(callInput({ timeoutMs: 5000 }));

    expect(outcome.result?.payloadType).toBe(JSON_ANSWER.payloadType);
    expect(decisions.outcomes).toEqual([
      DECISION_OUTCOME_SENT,
      DECISION_OUTCOME_DENIED,
      DECISION_OUTCOME_DELIVERED,
    ]);
  });

  it('PROVIDER_UNAVAILABLE without sending when the provider has no request topic', async () => {
    const { bus, decisions, service } = client();
    bus.missingTopics.add(requestTopic(BRP));
    const outcome = await service.call(callInput());

    expect(outcome.error).toMatchObject({ reason: Reason.REASON_PROVIDER_UNAVAILABLE, retryable: true });
    expect(bus.sent).toHaveLength(0);
    expect(decisions.records).toEqual([
      expect.objectContaining({
        outcome: DECISION_OUTCOME_FAILED,
        reason: Reason.REASON_PROVIDER_UNAVAILABLE,
      }),
    ]);
  });

  it('refuses a bad call before signing anything', async () => {
    const { bus, decisions, service } = client();
    const outcome = await service.call(callInput({ purpose: '' }));
    expect(outcome).toMatchObject({ messageId: '', error: { reason: Reason.REASON_INVALID_ARGUMENT } });
    expect(bus.sent).toHaveLength(0);
    expect(decisions.outcomes).toEqual([DECISION_OUTCOME_FAILED]);
  });

  it('ends the call when the bus fails to send, leaving no wait behind', async () => {
    const { bus, pending, service } = client();
    bus.send = () => Promise.reject(new Error('broker down'));
    const outcome = await service.call(callInput());
    expect(outcome.error).toMatchObject({ reason: Reason.REASON_INTERNAL, retryable: true });
    expect(pending.size).toBe(0);
  });
});
