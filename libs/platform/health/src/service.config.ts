import { env } from '@sild/platform-config';
import { loggingConfigSchema } from '@sild/platform-logging';

/** The settings every service has: log level, HTTP endpoint for health/metrics, shutdown bound. */
export const serviceConfigSchema = (defaultPort: number) => ({
  logLevel: loggingConfigSchema.level,
  http: {
    host: env.string('HTTP_HOST', {
      description: 'address the health/metrics HTTP server binds',
      default: '0.0.0.0',
    }),
    port: env.port('HTTP_PORT', {
      description: 'port of the health/metrics HTTP server',
      default: defaultPort,
    }),
  },
  shutdownTimeoutMs: env.integer('SHUTDOWN_TIMEOUT_MS', {
    description: 'bound on draining in-flight work at SIGTERM',
    default: 25_000,
    min: 1_000,
  }),
});
