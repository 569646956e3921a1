import type { Context } from '@opentelemetry/api';
import {
  MessageKind,
  Reason,
  requestTopic,
  wire,
  type HeaderFields,
  type PayloadEncoding,
} from '@sild/contracts';
import { sha256, type VerifiedEnvelope } from '@sild/domain-envelope';
import { currentTraceContext, traceIdOf, withSpan } from '@sild/platform-telemetry';
import { busMessage } from './answer-writer';
import { decisionOf, DecisionOutcome, DecisionRole, type Decider } from '@sild/domain-envelope';
import { asGatewayException, failure, type GatewayException } from './gateway.exception';
import type {
  BackendCall,
  BusPosition,
  DecisionLog,
  EnvelopeBus,
  GatewayDirectory,
  MessageSigner,
} from './gateway.ports';
import { gatewayMetrics } from './gateway.metrics';
import type { PendingReplies } from './pending-replies';
import { checkCallInput, type CallLimits } from './call-input';

/** A call of one of the organisation's systems, as the Gateway API received it. */
export interface CallInput {
  readonly client: BackendCall['client'];
  readonly service: BackendCall['service'];
  readonly payload: Uint8Array;
  readonly payloadType: string;
  readonly payloadEncoding: PayloadEncoding;
  readonly onBehalfOf: string;
  readonly purpose: string;
  /** 0: the gateway's default. */
  readonly timeoutMs: number;
}

export interface CallOutcome {
  readonly messageId: string;
  readonly traceId: string;
  readonly result?: {
    readonly payload: Uint8Array;
    readonly payloadType: string;
    readonly payloadEncoding: PayloadEncoding;
    readonly responseMessageId: string;
  };
  readonly error?: { readonly reason: Reason; readonly message: string; readonly retryable: boolean };
}

const CLIENT = DecisionRole.DECISION_ROLE_CLIENT;

/**
 * The client side of a gateway: signs the REQUEST, puts it on the provider's request topic and
 * waits for the verified answer (ReplyIntakeService) or the deadline, whichever comes first.
 * Every call ends with an outcome, never a hang, and leaves SENT and DELIVERED/FAILED decisions.
 */
export class ClientCallsService {
  private readonly decider: Decider;

  constructor(
    private readonly signer: MessageSigner,
    private readonly bus: EnvelopeBus,
    private readonly directory: GatewayDirectory,
    private readonly pending: PendingReplies,
    private readonly decisions: DecisionLog,
    private readonly limits: CallLimits,
  ) {
    this.decider = { member: limits.member, instanceId: signer.instanceId };
  }

  call(input: CallInput, parent?: Context): Promise<CallOutcome> {
    return withSpan('gateway.call', () => this.run(input), parent);
  }

  private async run(input: CallInput): Promise<CallOutcome> {
    const started = performance.now();
    const { traceparent, tracestate } = currentTraceContext();
    const traceId = traceIdOf(traceparent);
    let header: HeaderFields = {
      sender: input.client,
      service: input.service,
      traceparent,
      onBehalfOf: input.onBehalfOf,
      purpose: input.purpose,
    };
    let position: BusPosition | undefined;
    try {
      const timeoutMs = checkCallInput(input, this.limits, this.directory);
      const topic = requestTopic(input.service.provider);
      if (!(await this.bus.topicExists(topic))) {
        throw failure(
          Reason.REASON_PROVIDER_UNAVAILABLE,
          'the provider gateway has not created its request topic',
        );
      }
      const signed = await withSpan('gateway.sign', () =>
        this.signer.sign(
          {
            kind: MessageKind.MESSAGE_KIND_REQUEST,
            sender: input.client,
            recipientService: input.service,
            service: input.service,
            traceparent,
            tracestate,
            payloadType: input.payloadType,
            payloadEncoding: input.payloadEncoding,
            onBehalfOf: input.onBehalfOf,
            purpose: input.purpose,
            ttlMs: timeoutMs,
          },
          input.payload,
        ),
      );
      header = wire.Header.decode(signed.header);
      const reply = this.pending.expect(
        signed.messageId,
        { requestHash: sha256(signed.header), provider: input.service.provider },
        timeoutMs,
      );
      reply.catch(() => undefined); // observed below; a failed send must not leave it unhandled
      const sent = withSpan('gateway.produce', () =>
        this.bus.send(topic, busMessage(signed.messageId, signed, traceparent)),
      );
      sent.catch((error: unknown) => this.pending.reject(signed.messageId, asGatewayException(error)));
      position = await Promise.race([sent, reply.then(() => undefined)]);
      void this.record(header, position, DecisionOutcome.DECISION_OUTCOME_SENT, {});
      const outcome = this.outcomeOf(signed.messageId, traceId, await reply);
      this.finish(started, header, position, outcome);
      return outcome;
    } catch (error) {
      const refusal = asGatewayException(error);
      const outcome = { messageId: header.messageId ?? '', traceId, error: errorOf(refusal) };
      this.finish(started, header, position, outcome);
      return outcome;
    }
  }

  private outcomeOf(messageId: string, traceId: string, reply: VerifiedEnvelope): CallOutcome {
    const { header, payload } = reply;
    if (header.kind === MessageKind.MESSAGE_KIND_RESPONSE) {
      return {
        messageId,
        traceId,
        result: {
          payload,
          payloadType: header.payloadType,
          payloadEncoding: header.payloadEncoding,
          responseMessageId: header.messageId,
        },
      };
    }
    try {
      const error = wire.Error.decode(payload);
      return {
        messageId,
        traceId,
        error: { reason: error.reason, message: error.message, retryable: error.retryable },
      };
    } catch {
      return {
        messageId,
        traceId,
        error: {
          reason: Reason.REASON_MALFORMED,
          message: 'the provider sent an undecodable ERROR',
          retryable: false,
        },
      };
    }
  }

  private finish(
    started: number,
    header: HeaderFields,
    position: BusPosition | undefined,
    outcome: CallOutcome,
  ): void {
    const durationMs = performance.now() - started;
    const reason = outcome.error ? Reason[outcome.error.reason] : '';
    gatewayMetrics.calls.inc({ outcome: outcome.error ? 'error' : 'ok', reason });
    gatewayMetrics.callSeconds.observe({ outcome: outcome.error ? 'error' : 'ok' }, durationMs / 1000);
    void this.record(
      header,
      position,
      outcome.error ? DecisionOutcome.DECISION_OUTCOME_FAILED : DecisionOutcome.DECISION_OUTCOME_DELIVERED,
      {
        durationMs,
        ...(outcome.error ? { reason: outcome.error.reason, detail: outcome.error.message } : {}),
        ...(outcome.result ? { relatedMessageId: outcome.result.responseMessageId } : {}),
      },
    );
  }

  /** Decisions are written in the background: the DecisionLog retries and flushes on shutdown. */
  private record(
    header: HeaderFields,
    position: BusPosition | undefined,
    outcome: DecisionOutcome,
    extra: { reason?: Reason; detail?: string; relatedMessageId?: string; durationMs?: number },
  ): Promise<void> {
    return this.decisions.record(
      decisionOf(this.decider, { header, position }, { outcome, role: CLIENT, ...extra }),
    );
  }
}

const errorOf = (error: GatewayException) => ({
  reason: error.reason,
  message: error.message,
  retryable: error.retryable,
});
