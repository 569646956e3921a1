// Delivery at the subscriber's gateway: end-to-end checks of routed events, webhook and Receive
// stream channels, dead letters, redrive and replay (docs/events.md, "Delivery").
export { cloudEventHeaders, percentEncode } from './cloud-events';
export { DeliveryErrorCode, DeliveryException } from './delivery.exception';
export { deliveryMetrics } from './delivery.metrics';
export type {
  ChannelOutcome,
  DeliverableEvent,
  DeliveryMode,
  EventDelivery,
  InboundEvent,
  RetryPolicy,
} from './delivery.model';
export type {
  AttemptOutcome,
  DeadLetter,
  DeadLetterSink,
  DeliveryChannel,
  DeliveryClock,
  DeliveryDirectory,
  WebhookEndpoint,
} from './delivery.ports';
export { admitEvent, type AdmissionPolicy } from './event-admission';
export { ReceiveSession } from './receive-session';
export { redrive, replay, type DeadLetterQueue, type SubscriptionLog } from './redelivery';
export { backoffMs, retryBudgetMs } from './retry-policy';
export { StreamChannel, type StreamChannelOptions } from './stream-channel';
export {
  SubscriptionDelivery,
  type DeliveryResult,
  type RedeliveryResult,
  type SubscriptionDeliveryOptions,
  type SubscriptionDeliveryPorts,
} from './subscription-delivery.service';
export { systemClock } from './system-clock';
export { WebhookChannel } from './webhook-channel';
