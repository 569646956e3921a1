import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { PopulationRegister } from '@sild/examples-population';
import type { GrpcServer } from '@sild/platform-grpc';
import type { Logger } from '@sild/platform-logging';
import type { PopulationRegisterConfig } from './population-register.config';

/** Starts the gRPC API once the app is up, and stops it first at shutdown. */
export class PopulationRegisterRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private port: number | undefined;

  constructor(
    private readonly config: PopulationRegisterConfig,
    private readonly register: PopulationRegister,
    private readonly grpc: GrpcServer,
    private readonly logger: Logger,
  ) {}

  /** The bound gRPC port, once serving. */
  get grpcPort(): number | undefined {
    return this.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.port = await this.grpc.listen(this.config.grpc.host, this.config.grpc.port);
    this.logger.info(
      { grpc: `${this.config.grpc.host}:${this.port}`, persons: this.register.size },
      'population register serving persons.v1',
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.port = undefined;
    await this.grpc.shutdown(5_000);
  }
}
