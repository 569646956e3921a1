import type { INestApplication } from '@nestjs/common';
import { ConfigException } from '@sild/platform-config';
import { createLogger, PinoNestLogger, type Logger, type LogLevel } from '@sild/platform-logging';
import { shutdownTelemetry } from '@sild/platform-telemetry';

export interface ServiceSettings {
  readonly logLevel: LogLevel;
  readonly http: { readonly host: string; readonly port: number };
  /** How long a SIGTERM may take to drain in-flight work before the process exits anyway. */
  readonly shutdownTimeoutMs: number;
}

export interface RunServiceOptions<C extends ServiceSettings> {
  readonly name: string;
  /** Parses and validates the environment; throws ConfigException on a bad or missing value. */
  readonly loadConfig: () => C;
  readonly createApp: (config: C, logger: Logger) => Promise<INestApplication>;
}

/**
 * The one way a Sild service starts and stops:
 * - a configuration problem stops it at once with one line on stderr naming the variable;
 * - SIGTERM/SIGINT drain in-flight work (Nest shutdown hooks: consumers commit and leave their
 *   groups, servers stop accepting), export the last spans, and exit 0, or exit 1 when draining
 *   exceeds the bound;
 * - an uncaught error is logged and shuts the service down with exit code 1.
 */
export async function runService<C extends ServiceSettings>(options: RunServiceOptions<C>): Promise<void> {
  let config: C;
  try {
    config = options.loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigException)) throw error;
    process.stderr.write(`${options.name}: ${error.message}\n`);
    process.exit(1);
  }

  const logger = createLogger({ service: options.name, level: config.logLevel });
  let app: INestApplication | undefined;
  let stopping = false;

  const stop = async (reason: string, exitCode: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    // kept referenced: a drain stuck on a promise nothing will settle must still end in exit 1
    setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    let code = exitCode;
    try {
      await app?.close();
      logger.info('stopped');
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      code = 1;
    }
    // the spans of the last work (the drain included) go to the collector before the exit
    await shutdownTelemetry();
    process.exit(code);
  };

  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void stop(signal, 0));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    void stop('uncaughtException', 1);
  });
  process.on('unhandledRejection', (error) => {
    logger.fatal({ err: error }, 'unhandled rejection');
    void stop('unhandledRejection', 1);
  });

  try {
    app = await options.createApp(config, logger);
    app.useLogger(new PinoNestLogger(logger));
    await app.listen(config.http.port, config.http.host);
    logger.info({ http: `${config.http.host}:${config.http.port}` }, 'started');
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    await stop('start-up failed', 1);
  }
}
