import { performance } from 'node:perf_hooks';
import { Module, type DynamicModule } from '@nestjs/common';
import { PersonsBackend, PopulationRegister } from '@sild/examples-population';
import { GrpcServer } from '@sild/platform-grpc';
import { HealthModule, readinessCheck } from '@sild/platform-health';
import type { Logger } from '@sild/platform-logging';
import { BackendHandler } from './backend-handler.service';
import { ChangePublishing } from './change-publishing';
import type { PopulationRegisterConfig } from './population-register.config';
import { PopulationRegisterRuntime } from './population-register.runtime';
import {
  PROVIDER_BACKEND_SERVICE,
  providerBackendHandlers,
  providerBackendPackageDefinition,
} from './provider-backend.grpc.controller';
import { BACKEND_AUTH_TOKEN, ProviderBackendHttpController } from './provider-backend.http.controller';
import { CHANGE_PUBLISHING, RegisterAdminHttpController } from './register-admin.http.controller';

/**
 * Wires the example population register: the generated population, persons.v1 over gRPC and
 * HTTP, and (with a gateway) its change events and admin endpoints.
 */
@Module({})
export class PopulationRegisterModule {
  static create(config: PopulationRegisterConfig, logger: Logger): DynamicModule {
    const started = performance.now();
    const register = PopulationRegister.generate({
      size: config.population.size,
      seed: config.population.seed,
    });
    const residents = register.residentCounts();
    // counts only: national ids and names are personal data and never logged
    logger.info(
      {
        persons: register.size,
        living: [...residents.values()].reduce((sum, count) => sum + count, 0),
        residentsByMunicipality: Object.fromEntries(residents),
        ms: Math.round(performance.now() - started),
      },
      'population generated',
    );

    const handler = new BackendHandler(
      new PersonsBackend(register),
      logger.child({ component: 'persons.v1' }),
    );
    const grpc = new GrpcServer({
      packageDefinition: providerBackendPackageDefinition(),
      logger,
      bearerToken: config.grpc.token,
    });
    grpc.addService(PROVIDER_BACKEND_SERVICE, providerBackendHandlers(handler));
    const runtime = new PopulationRegisterRuntime(config, register, grpc, logger);
    const publishing = config.gateway.address ? new ChangePublishing(register, config, logger) : null;

    return {
      module: PopulationRegisterModule,
      imports: [
        HealthModule.forRoot({
          readiness: {
            useValue: [
              readinessCheck('population', () => Promise.resolve({ persons: register.size })),
              readinessCheck('grpc', () =>
                runtime.grpcPort === undefined
                  ? Promise.reject(new Error('the gRPC API is not serving'))
                  : Promise.resolve({ port: runtime.grpcPort }),
              ),
            ],
          },
        }),
      ],
      controllers: [ProviderBackendHttpController, RegisterAdminHttpController],
      providers: [
        { provide: PopulationRegister, useValue: register },
        { provide: CHANGE_PUBLISHING, useValue: publishing },
        { provide: BackendHandler, useValue: handler },
        { provide: BACKEND_AUTH_TOKEN, useValue: config.grpc.token },
        { provide: PopulationRegisterRuntime, useValue: runtime },
      ],
    };
  }
}
