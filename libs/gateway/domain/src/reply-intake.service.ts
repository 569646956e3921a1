import { Buffer } from 'node:buffer';
import { MessageKind, Reason } from '@sild/contracts';
import type { EnvelopeVerifier } from '@sild/domain-envelope';
import { contextFrom, withSpan } from '@sild/platform-telemetry';
import { decisionOf, DecisionOutcome, DecisionRole, type Decider } from '@sild/domain-envelope';
import { asGatewayException, failure } from './gateway.exception';
import type { DecisionLog } from './gateway.ports';
import { gatewayMetrics } from './gateway.metrics';
import { peekHeader, type PeekedHeader } from '@sild/domain-envelope';
import type { PendingReplies, ReplyExpectation } from './pending-replies';
import type { InboundRequest } from './provider-requests.service';

/**
 * The client side's intake of answers from the member's reply topic. Every gateway replica reads
 * the whole topic and takes the answers to its own pending calls (see docs/gateway.md). An answer
 * is accepted only when it verifies, comes from the called provider, and carries the hash of the
 * request as sent; a refused answer is recorded and the call keeps waiting for a valid one.
 */
export class ReplyIntakeService {
  constructor(
    private readonly verifier: EnvelopeVerifier,
    private readonly pending: PendingReplies,
    private readonly decisions: DecisionLog,
    private readonly decider: Decider,
  ) {}

  async handle(message: InboundRequest): Promise<void> {
    const peeked = peekHeader(message.value);
    const requestId = peeked?.header.inReplyTo ?? '';
    const expectation = requestId ? this.pending.expectation(requestId) : undefined;
    // not an answer to a call waiting here: another replica's, a late one, or registry traffic
    if (!message.value || !peeked || !expectation) return;
    const bytes = message.value;
    await withSpan(
      'gateway.consume.reply',
      () => this.accept(bytes, peeked, expectation, message),
      contextFrom(peeked.header),
    );
  }

  private async accept(
    bytes: Uint8Array,
    peeked: PeekedHeader,
    expectation: ReplyExpectation,
    message: InboundRequest,
  ): Promise<void> {
    const requestId = peeked.header.inReplyTo;
    try {
      const verified = await withSpan('gateway.verify', () => this.verifier.verify(bytes));
      const { header, signer } = verified;
      if (
        header.kind !== MessageKind.MESSAGE_KIND_RESPONSE &&
        header.kind !== MessageKind.MESSAGE_KIND_ERROR
      ) {
        throw failure(Reason.REASON_MALFORMED, 'an answer must be a RESPONSE or an ERROR');
      }
      const { provider } = expectation;
      if (
        signer.identity.instance !== provider.instance ||
        signer.identity.memberClass !== provider.memberClass ||
        signer.identity.memberCode !== provider.memberCode
      ) {
        throw failure(Reason.REASON_SENDER_MISMATCH, 'the answer is not signed by the called provider');
      }
      if (!Buffer.from(header.requestHash).equals(Buffer.from(expectation.requestHash))) {
        throw failure(Reason.REASON_DIGEST_MISMATCH, 'the answer is bound to another request');
      }
      this.pending.resolve(requestId, verified);
    } catch (error) {
      const refusal = asGatewayException(error);
      gatewayMetrics.repliesRefused.inc({ reason: Reason[refusal.reason] });
      await this.decisions.record(
        decisionOf(
          this.decider,
          {
            header: peeked.header,
            envelope: bytes,
            position: { topic: message.topic, partition: message.partition, offset: message.offset },
          },
          {
            outcome: DecisionOutcome.DECISION_OUTCOME_DENIED,
            role: DecisionRole.DECISION_ROLE_CLIENT,
            reason: refusal.reason,
            detail: `answer refused: ${refusal.message}`,
            relatedMessageId: requestId,
          },
        ),
      );
    }
  }
}
