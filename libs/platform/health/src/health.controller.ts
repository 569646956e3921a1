import { Controller, Get, Header, Inject, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { register } from 'prom-client';
import { LifecycleService } from './lifecycle.service';
import { READINESS_CHECKS, type ReadinessCheck } from './readiness-check';

/**
 * /healthz: liveness (the process answers; restart it if not).
 * /readyz: readiness (every dependency answers and the service is not draining).
 * /metrics: Prometheus text format of the default registry.
 */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly lifecycle: LifecycleService,
    @Inject(READINESS_CHECKS) private readonly checks: readonly ReadinessCheck[],
  ) {}

  @Get('healthz')
  @HealthCheck()
  liveness(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) }),
    ]);
  }

  @Get('readyz')
  @HealthCheck()
  readiness(): Promise<HealthCheckResult> {
    if (this.lifecycle.isShuttingDown) {
      throw new ServiceUnavailableException({
        status: 'error',
        error: { lifecycle: { status: 'down', message: 'shutting down' } },
      });
    }
    return this.health.check(
      this.checks.map((readiness) => async () => {
        const session = this.indicators.check(readiness.name);
        try {
          return session.up(await readiness.check());
        } catch (error) {
          return session.down({ message: error instanceof Error ? error.message : String(error) });
        }
      }),
    );
  }

  @Get('metrics')
  @Header('Content-Type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
