// The municipality's resident table over its lifetime: streams opened first (stream delivery),
// then the initial load through the gateway, retried from the last page read until it is done.
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import {
  backoffDelay,
  loadResidents,
  sleep,
  type ResidentSource,
  type ResidentTable,
} from '@sild/examples-population';
import type { GrpcClient } from '@sild/platform-grpc';
import type { Logger } from '@sild/platform-logging';
import type { EventStreamReceiver } from './event-stream.receiver';

const RETRY = { initialMs: 500, maxMs: 15_000 };

export interface InitialLoad {
  readonly done: boolean;
  readonly persons: number;
  readonly attempts: number;
}

export class MunicipalityRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly stopping = new AbortController();
  private loading: Promise<void> | undefined;
  private load: InitialLoad = { done: false, persons: 0, attempts: 0 };

  constructor(
    private readonly table: ResidentTable,
    private readonly source: ResidentSource,
    private readonly receivers: readonly EventStreamReceiver[],
    private readonly clients: readonly GrpcClient[],
    private readonly logger: Logger,
  ) {}

  get initialLoad(): InitialLoad {
    return this.load;
  }

  get streamsConnected(): number {
    return this.receivers.filter((receiver) => receiver.connected).length;
  }

  onApplicationBootstrap(): void {
    // events first: whatever changes during the load reaches the table as an event
    for (const receiver of this.receivers) receiver.start();
    this.loading = this.loadAll();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort(new Error('stopping'));
    await Promise.all([this.loading, ...this.receivers.map((receiver) => receiver.stop())]);
    for (const client of this.clients) client.close();
  }

  private async loadAll(): Promise<void> {
    const { signal } = this.stopping;
    let token = '';
    let persons = 0;
    for (let attempt = 1; !signal.aborted; attempt += 1) {
      this.load = { ...this.load, attempts: attempt };
      try {
        await loadResidents(this.table, this.source, token, (next, read) => {
          token = next;
          persons += read;
        });
        this.load = { done: true, persons, attempts: attempt };
        this.logger.info({ persons, residents: this.table.count, attempts: attempt }, 'initial load done');
        return;
      } catch (error) {
        this.logger.warn(
          { attempt, persons, err: error },
          'initial load failed; retrying from the last page read',
        );
        await sleep(backoffDelay(attempt, RETRY), signal).catch(() => undefined);
      }
    }
  }
}
