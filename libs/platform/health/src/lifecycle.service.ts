import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';

/**
 * Knows whether the service is draining. Readiness turns false as soon as shutdown begins, so
 * load balancers and Kubernetes stop sending new work while in-flight work finishes.
 */
@Injectable()
export class LifecycleService implements BeforeApplicationShutdown {
  private draining = false;

  get isShuttingDown(): boolean {
    return this.draining;
  }

  beforeApplicationShutdown(): void {
    this.draining = true;
  }
}
