import './telemetry';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runService } from '@sild/platform-health';
import { loadRouterConfig } from './router.config';
import { RouterModule } from './router.module';

await runService({
  name: 'router',
  loadConfig: () => loadRouterConfig(),
  createApp: async (config, logger) =>
    NestFactory.create(await RouterModule.create(config, logger), { bufferLogs: true }),
});
