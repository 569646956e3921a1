// The register's change events: the generator, the outbox towards the gateway, and the schedule
// that paces the generator. Started with the app, drained (within a bound) at shutdown.
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import {
  ChangeFeed,
  ChangeGenerator,
  ChangeOutbox,
  ChangeSchedule,
  subsystemOf,
  type PopulationRegister,
} from '@sild/examples-population';
import type { Logger } from '@sild/platform-logging';
import { gauge } from '@sild/platform-telemetry';
import { ChangeCounters } from './change-counters';
import { GatewayEventSink } from './events-gateway.sink';
import type { PopulationRegisterConfig } from './population-register.config';

/** Events waiting for the gateway at most; beyond it the generator and POST /sild/changes wait. */
export const OUTBOX_CAPACITY = 10_000;
const RETRY = { initialMs: 100, maxMs: 10_000 };
const TICK_MS = 100;

let pendingOf: () => number = () => 0;
gauge('sild_population_events_pending', 'Change events applied but not yet published', [], function () {
  this.set(pendingOf());
});

export class ChangePublishing implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly counters: ChangeCounters;
  readonly outbox: ChangeOutbox;
  readonly feed: ChangeFeed;
  readonly schedule: ChangeSchedule;
  private readonly sink: GatewayEventSink;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    register: PopulationRegister,
    private readonly config: PopulationRegisterConfig,
    private readonly logger: Logger,
  ) {
    const { gateway, changes } = config;
    this.counters = new ChangeCounters(logger.child({ component: 'changes' }));
    this.sink = new GatewayEventSink(gateway.address, gateway.token, subsystemOf(gateway.publisher));
    this.outbox = new ChangeOutbox(this.sink, {
      capacity: OUTBOX_CAPACITY,
      retry: RETRY,
      observer: this.counters,
    });
    this.feed = new ChangeFeed(new ChangeGenerator(register, changes.seed), this.outbox, this.counters);
    this.schedule = new ChangeSchedule(this.feed, {
      perSecond: changes.perSecond,
      total: changes.total > 0 ? changes.total : undefined,
    });
    pendingOf = () => this.outbox.pending;
  }

  onApplicationBootstrap(): void {
    const { perSecond, total } = this.config.changes;
    this.logger.info(
      { perSecond, total, gateway: this.config.gateway.address },
      'publishing register changes',
    );
    if (perSecond <= 0) return;
    this.timer = setInterval(() => {
      this.schedule.tick(Date.now());
      if (this.schedule.finished) {
        clearInterval(this.timer);
        this.logger.info({ changes: this.schedule.count }, 'change generator finished');
      }
    }, TICK_MS);
  }

  /** Stops generating; publishes what is pending within half the shutdown bound, then gives up. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    let timeout: NodeJS.Timeout | undefined;
    const bound = new Promise<void>(
      (resolve) => (timeout = setTimeout(resolve, this.config.shutdownTimeoutMs / 2)),
    );
    await Promise.race([this.outbox.drained(), bound]);
    clearTimeout(timeout);
    if (this.outbox.pending > 0) {
      this.logger.error({ pending: this.outbox.pending }, 'stopping with change events not published');
    }
    this.outbox.close();
    this.sink.close();
  }
}
