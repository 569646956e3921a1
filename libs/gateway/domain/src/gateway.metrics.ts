import { counter, histogram } from '@sild/platform-telemetry';

/** The gateway's traffic, on the default Prometheus registry (served at /metrics). */
export const gatewayMetrics = {
  calls: counter('sild_gateway_calls_total', 'Calls of own systems, by outcome and reason', [
    'outcome',
    'reason',
  ]),
  callSeconds: histogram('sild_gateway_call_duration_seconds', 'Call latency seen by own systems', [
    'outcome',
  ]),
  requests: counter('sild_gateway_requests_total', 'Requests received as provider, by outcome and reason', [
    'outcome',
    'reason',
  ]),
  backendSeconds: histogram('sild_gateway_backend_duration_seconds', 'Provider system answer time', [
    'outcome',
  ]),
  repliesRefused: counter(
    'sild_gateway_replies_refused_total',
    'Answers refused by the client side, by reason',
    ['reason'],
  ),
};
