import { Counter, Histogram, register } from 'prom-client';

function counter(name: string, help: string, labelNames: string[]): Counter {
  const existing = register.getSingleMetric(name);
  return existing instanceof Counter ? existing : new Counter({ name, help, labelNames });
}

function histogram(name: string, help: string, labelNames: string[]): Histogram {
  const existing = register.getSingleMetric(name);
  return existing instanceof Histogram
    ? existing
    : new Histogram({
        name,
        help,
        labelNames,
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      });
}

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
