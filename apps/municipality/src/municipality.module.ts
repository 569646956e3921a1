import { Module, type DynamicModule } from '@nestjs/common';
import {
  DeliveryLedger,
  ResidentSync,
  ResidentTable,
  serviceOf,
  subsystemOf,
  SyncStats,
} from '@sild/examples-population';
import { HealthModule, readinessCheck } from '@sild/platform-health';
import type { Logger } from '@sild/platform-logging';
import { EventStreamReceiver } from './event-stream.receiver';
import { EventsHttpController } from './events.http.controller';
import { gatewayClients } from './gateway-api';
import { GatewayPersons } from './gateway-persons';
import type { MunicipalityConfig } from './municipality.config';
import { MunicipalityMetrics } from './municipality.metrics';
import { MunicipalityRuntime } from './municipality.runtime';
import { MUNICIPALITY_SETTINGS, type MunicipalitySettings } from './municipality.settings';
import { ResidentsHttpController } from './residents.http.controller';

/**
 * Wires a municipality's system (a subscriber): its resident table, kept from an initial load
 * through the gateway and the population register's events, by webhook or Receive stream.
 */
@Module({})
export class MunicipalityModule {
  static create(config: MunicipalityConfig, logger: Logger): DynamicModule {
    const table = new ResidentTable(config.code);
    const stats = new SyncStats();
    const metrics = new MunicipalityMetrics(table, stats, logger.child({ component: 'events' }));
    const clients = gatewayClients(config.gateway.address, config.gateway.token);
    const subscriber = subsystemOf(config.subscriber);
    const persons = new GatewayPersons(clients.calls, subscriber, serviceOf(config.providerService));
    const sync = new ResidentSync(table, new DeliveryLedger(), persons, [stats, metrics]);
    const receivers =
      config.delivery === 'stream'
        ? config.subscriptionIds.map(
            (id) =>
              new EventStreamReceiver(
                clients.events,
                subscriber,
                id,
                sync,
                { stats, metrics },
                logger.child({ component: 'stream' }),
              ),
          )
        : [];
    const runtime = new MunicipalityRuntime(
      table,
      persons,
      receivers,
      [clients.calls, clients.events],
      logger,
    );
    const settings: MunicipalitySettings = {
      code: config.code,
      delivery: config.delivery,
      subscriptionIds: config.subscriptionIds,
      httpToken: config.httpToken,
      logger: logger.child({ component: 'webhook' }),
    };
    logger.info(
      { municipality: config.code, delivery: config.delivery, subscriptions: config.subscriptionIds.length },
      'keeping the resident table',
    );
    return {
      module: MunicipalityModule,
      imports: [
        HealthModule.forRoot({
          readiness: {
            useValue: [
              readinessCheck('residents', () =>
                runtime.initialLoad.done
                  ? Promise.resolve({ residents: table.count })
                  : Promise.reject(new Error('the initial load is not done')),
              ),
            ],
          },
        }),
      ],
      controllers: [EventsHttpController, ResidentsHttpController],
      providers: [
        { provide: ResidentTable, useValue: table },
        { provide: SyncStats, useValue: stats },
        { provide: MunicipalityMetrics, useValue: metrics },
        { provide: ResidentSync, useValue: sync },
        { provide: MunicipalityRuntime, useValue: runtime },
        { provide: MUNICIPALITY_SETTINGS, useValue: settings },
      ],
    };
  }
}
