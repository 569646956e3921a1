import { Histogram, register } from 'prom-client';

const name = 'sild_grpc_server_duration_seconds';
const existing = register.getSingleMetric(name);

export const grpcMetrics = {
  duration:
    existing instanceof Histogram
      ? existing
      : new Histogram({
          name,
          help: 'gRPC server call duration by method and status code',
          labelNames: ['method', 'code'],
          buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
        }),
};
