// The router's domain: routes built from the registry's event types and subscriptions, follow
// indications, and the fan-out of verified events to the subscriptions whose filters match, with
// a decision record for every step. Transport adapters live in apps/router (docs/events.md).
export { EventRouter, type EventRouterOptions } from './event-router.service';
export { FollowIndex, type FollowChange, type FollowEntry } from './follow-index';
export { EVENT_MAX_LIFETIME_MS } from './event-admission';
export { FOLLOW_MAX_LIFETIME_MS } from './follow-indication';
export { FOLLOW_GRACE_MS, FollowIntakeService, type FollowIntakeOptions } from './follow-intake.service';
export { RouterErrorCode, RouterException } from './router.exception';
export { routerMetrics } from './router.metrics';
export type { DecisionLog, InboundMessage, RoutedMessage, RouterBus, RoutingSource } from './router.ports';
export { RoutingTable, type EventRoute, type RoutingProblem } from './routing-table';
export { routes, subscriptionRoute, type FollowLookup, type SubscriptionRoute } from './subscription-route';
