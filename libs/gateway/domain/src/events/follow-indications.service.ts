import {
  FOLLOW_INDICATION_TYPE,
  MessageKind,
  PayloadEncoding,
  platformTopics,
  Reason,
  wire,
} from '@sild/contracts';
import {
  decisionOf,
  DecisionOutcome,
  DecisionRole,
  timestampOf,
  type Decider,
  type DecisionLog,
} from '@sild/domain-envelope';
import { currentTraceContext } from '@sild/platform-telemetry';
import { sameClient, type ClientRef } from '@sild/registry-config';
import { busMessage } from '../answer-writer';
import { asGatewayException, failure } from '../gateway.exception';
import type { EnvelopeBus, MessageSigner } from '../gateway.ports';
import { checkOwnSubsystem, checkSubject } from './event-input';
import { eventMetrics } from './event.metrics';
import type { EventDirectory, EventSettings } from './events.ports';
import { subjectKeyOf } from './subject-key';

/** An open-ended follow indication stays valid this long; the subscriber renews it by following again. */
export const OPEN_FOLLOW_LIFETIME_MS = 10 * 365 * 86_400_000;

export interface FollowInput {
  readonly subscriber: ClientRef;
  readonly subscriptionId: string;
  readonly subject: string;
  readonly following: boolean;
  /** When the interest ends; undefined: until withdrawn. */
  readonly untilMs?: number | undefined;
}

export interface FollowOutcome {
  readonly subjectKey: string;
  readonly messageId: string;
}

/** The Kafka key of a follow indication: one per subscription and subject, so compaction keeps the latest. */
export const followKey = (subscriptionId: string, subjectKey: string): string =>
  `${subscriptionId}/${subjectKey}`;

/**
 * Follow indications (the Dutch BRP "volgindicaties"): a subscriber registers interest in one
 * subject of a subscription, or withdraws it. The gateway signs the indication as the subscriber
 * and puts it on the instance's compacted follows topic, where every router reads it.
 */
export class FollowIndicationsService {
  private readonly decider: Decider;

  constructor(
    private readonly signer: MessageSigner,
    private readonly bus: EnvelopeBus,
    private readonly directory: EventDirectory,
    private readonly decisions: DecisionLog,
    private readonly settings: EventSettings,
    private readonly clock: () => number = Date.now,
  ) {
    this.decider = { member: settings.member, instanceId: signer.instanceId };
  }

  async follow(input: FollowInput): Promise<FollowOutcome> {
    try {
      const outcome = await this.checkedFollow(input);
      eventMetrics.follows.inc({ outcome: input.following ? 'followed' : 'unfollowed', reason: '' });
      return outcome;
    } catch (error) {
      const refusal = asGatewayException(error);
      eventMetrics.follows.inc({ outcome: 'refused', reason: Reason[refusal.reason] });
      throw refusal;
    }
  }

  private async checkedFollow(input: FollowInput): Promise<FollowOutcome> {
    checkOwnSubsystem(input.subscriber, this.settings, 'subscriber');
    const subscription = this.directory.subscription(input.subscriptionId);
    if (!subscription)
      throw failure(Reason.REASON_NOT_FOUND, `subscription ${input.subscriptionId} does not exist`);
    if (!sameClient(subscription.subscriber, input.subscriber)) {
      throw failure(
        Reason.REASON_ACCESS_DENIED,
        `subscription ${input.subscriptionId} is not of this subscriber`,
      );
    }
    if (subscription.status === 'REJECTED' || subscription.status === 'REVOKED') {
      throw failure(
        Reason.REASON_FAILED_PRECONDITION,
        `subscription ${input.subscriptionId} is ${subscription.status}`,
      );
    }
    const owner = this.directory.eventType(subscription.eventType)?.owner;
    if (!owner)
      throw failure(Reason.REASON_UNKNOWN_EVENT_TYPE, `event type ${subscription.eventType} is gone`);
    checkSubject(input.subject, this.settings);
    const now = this.clock();
    if (input.following && input.untilMs !== undefined && input.untilMs <= now) {
      throw failure(Reason.REASON_INVALID_ARGUMENT, 'until must lie in the future');
    }
    const subjectKey = subjectKeyOf(this.settings.subjectSecret, input.subject);
    const until = input.following ? input.untilMs : undefined;
    const payload = wire.FollowIndication.encode({
      subscriptionId: input.subscriptionId,
      subjectKey,
      following: input.following,
      until: until === undefined ? null : timestampOf(until),
    }).finish();
    const { traceparent, tracestate } = currentTraceContext();
    const signed = await this.signer.sign(
      {
        kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
        sender: input.subscriber,
        recipientClient: owner,
        eventType: { name: subscription.eventType },
        traceparent,
        tracestate,
        payloadType: FOLLOW_INDICATION_TYPE,
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
        ttlMs: until === undefined ? OPEN_FOLLOW_LIFETIME_MS : until - now,
      },
      payload,
    );
    const position = await this.bus.send(
      platformTopics(this.settings.member.instance).follows,
      busMessage(followKey(input.subscriptionId, subjectKey), signed, traceparent),
    );
    void this.decisions.record(
      decisionOf(
        this.decider,
        {
          header: {
            messageId: signed.messageId,
            kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
            sender: input.subscriber,
            traceparent,
          },
          envelope: signed.bytes,
          position,
        },
        {
          outcome: DecisionOutcome.DECISION_OUTCOME_SENT,
          role: DecisionRole.DECISION_ROLE_SUBSCRIBER,
          subscriptionId: input.subscriptionId,
          detail: input.following ? 'follow' : 'unfollow',
        },
      ),
    );
    return { subjectKey, messageId: signed.messageId };
  }
}
