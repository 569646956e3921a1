import { Reason, type ClientId } from '@sild/contracts';
import type { EnvelopeVerifier } from '@sild/domain-envelope';
import { contextFrom, currentTraceContext, withSpan } from '@sild/platform-telemetry';
import { signAnswer, type AnswerBody, type SignedAnswer } from './answer-writer';
import { callBackend, type BackendLimits } from './backend-call';
import { decisionOf, DecisionOutcome, DecisionRole, type Decider } from '@sild/domain-envelope';
import { asGatewayException, GatewayException } from './gateway.exception';
import type { BusPosition, DecisionLog, EnvelopeBus, GatewayDirectory, MessageSigner } from './gateway.ports';
import { gatewayMetrics } from './gateway.metrics';
import { answerable, peekHeader, type PeekedHeader } from '@sild/domain-envelope';
import { admitRequest, type AdmissionPolicy } from './request-admission';

/** A message from a request topic. */
export interface InboundRequest {
  readonly value: Uint8Array | null;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/** Thrown for bytes that are not an answerable envelope: the consumer dead-letters them. */
export class UndeliverableMessageException extends Error {
  override readonly name = 'UndeliverableMessageException';
}

export interface ProviderRequestsOptions extends AdmissionPolicy {
  readonly backend: BackendLimits;
  readonly instanceId: string;
}

const PROVIDER = DecisionRole.DECISION_ROLE_PROVIDER;

/**
 * The provider side of a gateway: every request from its request topics is admitted (trust,
 * service, size, grant) or refused with a signed ERROR; admitted ones go to the provider system,
 * and its answer goes back signed to the client's reply topic. Every step is a decision record.
 * handle() resolves once the answer and the decisions are on Kafka (then the offset may commit).
 */
export class ProviderRequestsService {
  private readonly decider: Decider;

  constructor(
    private readonly verifier: EnvelopeVerifier,
    private readonly directory: GatewayDirectory,
    private readonly signer: MessageSigner,
    private readonly bus: EnvelopeBus,
    private readonly decisions: DecisionLog,
    private readonly options: ProviderRequestsOptions,
  ) {
    this.decider = { member: options.member, instanceId: options.instanceId };
  }

  async handle(message: InboundRequest): Promise<void> {
    const position = { topic: message.topic, partition: message.partition, offset: message.offset };
    const peeked = peekHeader(message.value);
    if (!message.value || !peeked || !answerable(peeked.header)) {
      gatewayMetrics.requests.inc({ outcome: 'dead_lettered', reason: 'REASON_MALFORMED' });
      await this.decisions.record(
        decisionOf(
          this.decider,
          { header: peeked?.header, envelope: message.value ?? undefined, position },
          {
            outcome: DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED,
            role: PROVIDER,
            reason: Reason.REASON_MALFORMED,
            detail: 'not an envelope with a complete header',
          },
        ),
      );
      throw new UndeliverableMessageException(
        `${position.topic}/${position.partition}@${position.offset} is not an envelope`,
      );
    }
    const bytes = message.value;
    await withSpan(
      'gateway.consume.request',
      () => this.process(bytes, peeked, position),
      contextFrom(peeked.header),
    );
  }

  private async process(bytes: Uint8Array, peeked: PeekedHeader, position: BusPosition): Promise<void> {
    const subject = { header: peeked.header, envelope: bytes, position };
    const record = (
      outcome: DecisionOutcome,
      extra: { reason?: Reason; detail?: string; relatedMessageId?: string; durationMs?: number } = {},
    ) => this.decisions.record(decisionOf(this.decider, subject, { outcome, role: PROVIDER, ...extra }));
    let admitted;
    try {
      admitted = await withSpan('gateway.verify', () =>
        admitRequest(bytes, this.verifier, this.directory, this.options),
      );
    } catch (error) {
      const refusal = asGatewayException(error);
      const answer = await this.answer(peeked, this.refuser(peeked), errorBody(refusal));
      await this.send(answer);
      gatewayMetrics.requests.inc({ outcome: 'denied', reason: Reason[refusal.reason] });
      await record(DecisionOutcome.DECISION_OUTCOME_DENIED, {
        reason: refusal.reason,
        detail: refusal.message,
        relatedMessageId: answer.envelope.messageId,
      });
      return;
    }
    const accepted = record(DecisionOutcome.DECISION_OUTCOME_ACCEPTED, {
      detail: `grant ${admitted.call.grantId}`,
    });
    const started = performance.now();
    let body: AnswerBody;
    try {
      // the provider system's spans hang under the backend span: its context goes along
      const answer = await withSpan('gateway.backend', () =>
        callBackend(
          admitted.backend,
          { ...admitted.call, traceparent: currentTraceContext().traceparent },
          this.options.backend,
        ),
      );
      body =
        'error' in answer
          ? { reason: answer.error.reason, message: answer.error.message, retryable: false }
          : answer;
    } catch (error) {
      body = errorBody(asGatewayException(error));
    }
    const durationMs = performance.now() - started;
    const sender = { ...this.options.member, subsystem: admitted.call.service.provider.subsystem };
    const answer = await this.answer(admitted.verified, sender, body);
    await this.send(answer);
    const failed = 'reason' in body ? body : undefined;
    gatewayMetrics.requests.inc({
      outcome: failed ? 'failed' : 'answered',
      reason: failed ? Reason[failed.reason] : '',
    });
    gatewayMetrics.backendSeconds.observe({ outcome: failed ? 'error' : 'ok' }, durationMs / 1000);
    const related = { relatedMessageId: answer.envelope.messageId, durationMs };
    await Promise.all([
      accepted,
      failed
        ? record(DecisionOutcome.DECISION_OUTCOME_FAILED, {
            reason: failed.reason,
            detail: failed.message,
            ...related,
          })
        : record(DecisionOutcome.DECISION_OUTCOME_ANSWERED, related),
    ]);
  }

  /** Refusals are signed as the addressed subsystem when it is this member's, else as the member. */
  private refuser(request: PeekedHeader): ClientId {
    const provider = request.header.recipientService?.provider;
    const { member } = this.options;
    if (
      !provider ||
      provider.instance !== member.instance ||
      provider.memberClass !== member.memberClass ||
      provider.memberCode !== member.memberCode
    ) {
      return { ...member, subsystem: '' };
    }
    return { ...member, subsystem: provider.subsystem ?? '' };
  }

  private answer(request: PeekedHeader, sender: ClientId, body: AnswerBody): Promise<SignedAnswer> {
    return withSpan('gateway.sign', () => signAnswer(this.signer, sender, request, body));
  }

  private async send(answer: SignedAnswer): Promise<void> {
    await withSpan('gateway.produce', () => this.bus.send(answer.topic, answer.message));
  }
}

const errorBody = (error: GatewayException): AnswerBody => ({
  reason: error.reason,
  message: error.message,
  retryable: error.retryable,
});
