import './telemetry';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runService } from '@sild/platform-health';
import { loadGatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';

await runService({
  name: 'gateway',
  loadConfig: () => loadGatewayConfig(),
  createApp: async (config, logger) =>
    NestFactory.create(await GatewayModule.create(config, logger), { bufferLogs: true }),
});
