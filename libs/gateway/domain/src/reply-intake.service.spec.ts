import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DecisionOutcome, MessageKind, Reason } from '@sild/contracts';
import { sha256, type SignedEnvelope } from '@sild/domain-envelope';
import { peekHeader } from '@sild/domain-envelope';
import { PendingReplies, ReplyIntakeService, failure, signAnswer } from './index';
import {
  BRP,
  CLIENT_MEMBER,
  JSON_ANSWER,
  PERSON_SERVICE,
  PROVIDER_MEMBER,
  RecordingDecisionLog,
  gatewayWorld,
  inbound,
  signRequest,
  type GatewayWorld,
} from './testing';

describe('ReplyIntakeService', () => {
  let world: GatewayWorld;
  let request: SignedEnvelope;
  const pending = new PendingReplies();
  beforeAll(async () => {
    world = gatewayWorld();
    request = await signRequest(world);
  });
  afterEach(() => {
    pending.rejectAll(failure(Reason.REASON_TIMEOUT, 'test over'));
  });

  function intake() {
    const decisions = new RecordingDecisionLog();
    const decider = { member: CLIENT_MEMBER, instanceId: 'gw-client-0' };
    const expectation = { requestHash: sha256(request.header), provider: PROVIDER_MEMBER };
    const reply = pending.expect(request.messageId, expectation, 5_000);
    reply.catch(() => undefined);
    return {
      decisions,
      reply,
      service: new ReplyIntakeService(world.verifier(), pending, decisions, decider),
    };
  }
  const answerTo = async (envelope: SignedEnvelope) =>
    (await signAnswer(world.providerSigner, BRP, peekHeader(envelope.bytes)!, JSON_ANSWER)).message.value;

  it('resolves the waiting call with a valid answer', async () => {
    const { decisions, reply, service } = intake();
    await service.handle(inbound(await answerTo(request)));
    await expect(reply).resolves.toMatchObject({ header: { inReplyTo: request.messageId } });
    expect(decisions.records).toEqual([]);
  });

  it('ignores, without a record, what answers no call waiting here', async () => {
    const { decisions, service } = intake();
    const otherRequest = await signRequest(world);
    for (const bytes of [null, Buffer.from('garbage'), request.bytes, await answerTo(otherRequest)]) {
      await service.handle(inbound(bytes));
    }
    expect(decisions.records).toEqual([]);
    expect(pending.expectation(request.messageId)).toBeDefined();
  });

  it('refuses an answer whose bytes were altered (DENIED with the trust reason) and keeps waiting', async () => {
    const { decisions, service } = intake();
    const bytes = Buffer.from(await answerTo(request));
    bytes[bytes.length - 1]! ^= 0xff; // the last byte of the signature
    await service.handle(inbound(bytes));
    expect(decisions.records).toEqual([
      expect.objectContaining({
        outcome: DecisionOutcome.DECISION_OUTCOME_DENIED,
        reason: Reason.REASON_INVALID_SIGNATURE,
        relatedMessageId: request.messageId,
      }),
    ]);
    expect(pending.expectation(request.messageId)).toBeDefined();
  });

  it('MALFORMED: a REQUEST posing as an answer', async () => {
    const { decisions, service } = intake();
    const posing = await world.providerSigner.sign(
      {
        kind: MessageKind.MESSAGE_KIND_REQUEST,
        sender: BRP,
        recipientService: PERSON_SERVICE,
        service: PERSON_SERVICE,
        inReplyTo: request.messageId,
        payloadType: JSON_ANSWER.payloadType,
        payloadEncoding: JSON_ANSWER.payloadEncoding,
      },
      JSON_ANSWER.payload,
    );
    await service.handle(inbound(posing.bytes));
    expect(decisions.records.map((record) => record.reason)).toEqual([Reason.REASON_MALFORMED]);
    expect(pending.expectation(request.messageId)).toBeDefined();
  });
});
