import { Module, type DynamicModule, type InjectionToken, type Provider } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { LifecycleService } from './lifecycle.service';
import { READINESS_CHECKS, type ReadinessCheck } from './readiness-check';

export interface HealthModuleOptions {
  /** The service's readiness checks: a fixed list, or a factory over injected dependencies. */
  readonly readiness:
    | { readonly useValue: readonly ReadinessCheck[] }
    | {
        readonly useFactory: (...deps: never[]) => readonly ReadinessCheck[];
        readonly inject: readonly InjectionToken[];
      };
}

/** Health, readiness and metrics endpoints plus the shutdown state, the same in every service. */
@Module({})
export class HealthModule {
  static forRoot(options: HealthModuleOptions): DynamicModule {
    return {
      module: HealthModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [LifecycleService, readinessProvider(options.readiness)],
      exports: [LifecycleService],
    };
  }
}

function readinessProvider(readiness: HealthModuleOptions['readiness']): Provider {
  return 'useValue' in readiness
    ? { provide: READINESS_CHECKS, useValue: readiness.useValue }
    : { provide: READINESS_CHECKS, useFactory: readiness.useFactory, inject: [...readiness.inject] };
}
