// The gateway's domain: the client side of service calls (sign, send, await the verified answer)
// and the provider side (admit or refuse, call the provider system, answer signed), with a
// decision record for every step. Transport adapters live in apps/gateway (docs/gateway.md).
export {
  ERROR_PAYLOAD_TYPE,
  busMessage,
  signAnswer,
  type AnswerBody,
  type SignedAnswer,
} from './answer-writer';
export { callBackend, type BackendLimits } from './backend-call';
export { checkCallInput, type CallLimits } from './call-input';
export { ClientCallsService, type CallInput, type CallOutcome } from './client-calls.service';
export { GatewayException, asGatewayException, failure, reasonName } from './gateway.exception';
export { gatewayMetrics } from './gateway.metrics';
export type {
  BackendAnswer,
  BackendCall,
  BusMessage,
  BusPosition,
  DecisionLog,
  EnvelopeBus,
  GatewayDirectory,
  MessageSigner,
  ProviderBackend,
} from './gateway.ports';
export { LocalMessageSigner } from './local-message-signer';
export { PendingReplies, type ReplyExpectation } from './pending-replies';
export {
  ProviderRequestsService,
  UndeliverableMessageException,
  type InboundRequest,
  type ProviderRequestsOptions,
} from './provider-requests.service';
export { ReplyIntakeService } from './reply-intake.service';
export { admitRequest, type AdmissionPolicy, type AdmittedRequest } from './request-admission';
export {
  EventPublisherService,
  type PublishInput,
  type PublishOutcome,
} from './events/event-publisher.service';
export type { EventDirectory, EventSettings, EventTypeEntry, SubscriptionEntry } from './events/events.ports';
export {
  FollowIndicationsService,
  OPEN_FOLLOW_LIFETIME_MS,
  followKey,
  type FollowInput,
  type FollowOutcome,
} from './events/follow-indications.service';
export { MIN_SUBJECT_SECRET_LENGTH, subjectKeyOf } from './events/subject-key';
export { SubjectSequences, type SequenceSource } from './events/subject-sequences';
export * from './delivery';
