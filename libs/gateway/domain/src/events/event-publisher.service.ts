import type { Context } from '@opentelemetry/api';
import { eventTopic, HEADERS, MessageKind, Reason, type PayloadEncoding } from '@sild/contracts';
import {
  decisionOf,
  DecisionOutcome,
  DecisionRole,
  uuidV7,
  type Decider,
  type DecisionLog,
} from '@sild/domain-envelope';
import { currentTraceContext, traceIdOf, withSpan } from '@sild/platform-telemetry';
import { clientKey, sameClient, type ClientRef } from '@sild/registry-config';
import { busMessage } from '../answer-writer';
import { asGatewayException, failure } from '../gateway.exception';
import type { EnvelopeBus, MessageSigner } from '../gateway.ports';
import { checkEventBody, checkOwnSubsystem, checkSubject } from './event-input';
import { eventMetrics } from './event.metrics';
import type { EventDirectory, EventSettings } from './events.ports';
import { subjectKeyOf } from './subject-key';
import type { SubjectSequences } from './subject-sequences';

/** An event from one of the organisation's systems, as the Events API received it. */
export interface PublishInput {
  readonly publisher: ClientRef;
  readonly eventType: string;
  /** The subject's identifier (e.g. a citizen service number); only its keyed pseudonym leaves. */
  readonly subject: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly payload: Uint8Array;
  readonly payloadType: string;
  readonly payloadEncoding: PayloadEncoding;
}

export interface PublishOutcome {
  readonly messageId: string;
  readonly traceId: string;
  readonly subjectKey: string;
  readonly subjectSequence: number;
}

/**
 * The publishing side of a gateway: checks that the publisher owns the event type, signs the
 * EVENT as the publisher with the subject's keyed pseudonym and next sequence number, puts it on
 * the event type's topic keyed by that pseudonym, and records the decision. Refusals throw a
 * GatewayException with the reason the caller sees.
 */
export class EventPublisherService {
  private readonly decider: Decider;

  constructor(
    private readonly signer: MessageSigner,
    private readonly bus: EnvelopeBus,
    private readonly directory: EventDirectory,
    private readonly sequences: SubjectSequences,
    private readonly decisions: DecisionLog,
    private readonly settings: EventSettings,
  ) {
    this.decider = { member: settings.member, instanceId: signer.instanceId };
  }

  publish(input: PublishInput, parent?: Context): Promise<PublishOutcome> {
    return withSpan('gateway.publish', () => this.run(input), parent);
  }

  private async run(input: PublishInput): Promise<PublishOutcome> {
    try {
      const outcome = await this.checkedPublish(input);
      eventMetrics.published.inc({ event_type: input.eventType, outcome: 'published', reason: '' });
      return outcome;
    } catch (error) {
      const refusal = asGatewayException(error);
      eventMetrics.published.inc({
        event_type: input.eventType,
        outcome: 'refused',
        reason: Reason[refusal.reason],
      });
      throw refusal;
    }
  }

  private async checkedPublish(input: PublishInput): Promise<PublishOutcome> {
    checkOwnSubsystem(input.publisher, this.settings, 'publisher');
    const eventType = this.directory.eventType(input.eventType);
    if (!eventType)
      throw failure(Reason.REASON_UNKNOWN_EVENT_TYPE, `event type ${input.eventType} is not registered`);
    if (!sameClient(eventType.owner, input.publisher)) {
      throw failure(
        Reason.REASON_UNKNOWN_EVENT_TYPE,
        `event type ${input.eventType} is owned by ${clientKey(eventType.owner)}, not ${clientKey(input.publisher)}`,
      );
    }
    if (eventType.payloadType && input.payloadType !== eventType.payloadType) {
      throw failure(Reason.REASON_INVALID_ARGUMENT, `payload_type must be ${eventType.payloadType}`);
    }
    checkSubject(input.subject, this.settings);
    checkEventBody(input, this.settings);
    const subjectKey = subjectKeyOf(this.settings.subjectSecret, input.subject);
    return this.sequences.withNext(input.eventType, subjectKey, (sequence) =>
      this.signAndSend(input, subjectKey, sequence),
    );
  }

  private async signAndSend(
    input: PublishInput,
    subjectKey: string,
    sequence: number,
  ): Promise<PublishOutcome> {
    const { traceparent, tracestate } = currentTraceContext();
    const messageId = uuidV7();
    const signed = await withSpan('gateway.sign', () =>
      this.signer.sign(
        {
          messageId,
          kind: MessageKind.MESSAGE_KIND_EVENT,
          sender: input.publisher,
          eventType: { name: input.eventType },
          correlationId: messageId,
          traceparent,
          tracestate,
          payloadType: input.payloadType,
          payloadEncoding: input.payloadEncoding,
          subjectKey,
          subjectSequence: sequence,
          attributes: { ...input.attributes },
          ttlMs: this.settings.eventTtlMs,
        },
        input.payload,
      ),
    );
    const message = busMessage(subjectKey, signed, traceparent, {
      [HEADERS.subjectSequence]: String(sequence),
    });
    const position = await withSpan('gateway.produce', () =>
      this.bus.send(eventTopic(this.settings.member.instance, input.eventType), message),
    );
    const header = {
      messageId,
      kind: MessageKind.MESSAGE_KIND_EVENT,
      sender: input.publisher,
      eventType: { name: input.eventType },
      correlationId: messageId,
      traceparent,
    };
    void this.decisions.record(
      decisionOf(
        this.decider,
        { header, envelope: signed.bytes, position },
        { outcome: DecisionOutcome.DECISION_OUTCOME_SENT, role: DecisionRole.DECISION_ROLE_PUBLISHER },
      ),
    );
    return { messageId, traceId: traceIdOf(traceparent), subjectKey, subjectSequence: sequence };
  }
}
