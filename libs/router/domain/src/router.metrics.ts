import { counter, histogram } from '@sild/platform-telemetry';

/** The router's traffic, on the default Prometheus registry (served at /metrics). */
export const routerMetrics = {
  routed: counter('sild_router_events_routed_total', 'Events put on a subscription topic, per subscription', [
    'subscription',
  ]),
  unmatched: counter(
    'sild_router_events_unmatched_total',
    'Verified events that no subscription matched, per event type',
    ['event_type'],
  ),
  refused: counter('sild_router_events_refused_total', 'Events refused (not routed), by reason', ['reason']),
  deadLettered: counter(
    'sild_router_events_dead_lettered_total',
    'Messages of an event topic parked on its dead-letter topic (refused or not an envelope)',
    ['event_type'],
  ),
  follows: counter('sild_router_follow_indications_total', 'Follow indications read, by outcome and reason', [
    'outcome',
    'reason',
  ]),
  latency: histogram(
    'sild_router_routing_latency_seconds',
    "From an event's Kafka timestamp (publication) until its copies are on Kafka",
    [],
  ),
};
