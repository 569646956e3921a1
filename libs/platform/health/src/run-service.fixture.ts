// A minimal service started through runService, for run-service.integration-spec.ts.
// FIXTURE_HANG_ON_SHUTDOWN=1 makes its shutdown hook never finish.
import 'reflect-metadata';
import { Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { env, loadConfig } from '@sild/platform-config';
import { HealthModule, readinessCheck, runService, serviceConfigSchema } from '../src';

@Injectable()
class Worker implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    if (process.env['FIXTURE_HANG_ON_SHUTDOWN'] === '1') await new Promise(() => undefined);
    process.stdout.write('{"msg":"worker drained"}\n');
  }
}

@Module({
  imports: [
    HealthModule.forRoot({
      readiness: { useValue: [readinessCheck('worker', () => Promise.resolve(undefined))] },
    }),
  ],
  providers: [Worker],
})
class FixtureModule {}

const schema = {
  ...serviceConfigSchema(0),
  database: {
    url: env.url('DATABASE_URL', { description: 'PostgreSQL URL', protocols: ['postgres', 'postgresql'] }),
  },
};

await runService({
  name: 'fixture',
  loadConfig: () => loadConfig(schema),
  createApp: () => NestFactory.create(FixtureModule, { bufferLogs: true }),
});
