import { counter } from '@sild/platform-telemetry';

/** Publishing and following, on the default Prometheus registry (served at /metrics). */
export const eventMetrics = {
  published: counter('sild_gateway_events_published_total', 'Events published by own systems, by outcome', [
    'event_type',
    'outcome',
    'reason',
  ]),
  follows: counter('sild_gateway_follow_indications_total', 'Follow indications sent, by outcome', [
    'outcome',
    'reason',
  ]),
};
