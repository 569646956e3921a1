import { counter, gauge, histogram } from '@sild/platform-telemetry';

/** Delivery at the subscriber's gateway, per subscription, on the default Prometheus registry. */
export const deliveryMetrics = {
  delivered: counter('sild_gateway_delivered_total', 'Events the subscriber system took', ['subscription']),
  retried: counter(
    'sild_gateway_delivery_retries_total',
    'Delivery attempts after a failed one (webhook retries, redeliveries after a stream closed)',
    ['subscription'],
  ),
  deadLettered: counter(
    'sild_gateway_dead_lettered_total',
    "Events put on the subscription's dead-letter topic, by reason",
    ['subscription', 'reason'],
  ),
  refused: counter(
    'sild_gateway_deliveries_refused_total',
    'Events refused by the end-to-end checks (never delivered), by reason',
    ['subscription', 'reason'],
  ),
  seconds: histogram(
    'sild_gateway_delivery_duration_seconds',
    'From reading an event to the subscriber system taking it, retries included',
    ['subscription'],
    [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
  ),
  lagMessages: gauge(
    'sild_gateway_delivery_lag_messages',
    "Events on the subscription topic after the delivery group's committed offsets",
    ['subscription'],
  ),
  lagSeconds: gauge(
    'sild_gateway_delivery_lag_seconds',
    'Age of the oldest event not delivered yet (0 when nothing is waiting)',
    ['subscription'],
  ),
  streams: gauge('sild_gateway_receive_streams', 'Receive streams open, per subscription', ['subscription']),
};
