import './telemetry';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runService } from '@sild/platform-health';
import { loadRegistryConfig } from './registry.config';
import { RegistryModule } from './registry.module';

await runService({
  name: 'registry',
  loadConfig: () => loadRegistryConfig(),
  createApp: async (config, logger) =>
    NestFactory.create(await RegistryModule.create(config, logger), { bufferLogs: true }),
});
