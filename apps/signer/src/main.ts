import './telemetry';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runService } from '@sild/platform-health';
import { loadSignerConfig } from './signer.config';
import { SignerModule } from './signer.module';

await runService({
  name: 'signer',
  loadConfig: () => loadSignerConfig(),
  createApp: async (config, logger) =>
    NestFactory.create(await SignerModule.create(config, logger), { bufferLogs: true }),
});
