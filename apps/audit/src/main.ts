import './telemetry';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runService } from '@sild/platform-health';
import { loadAuditConfig } from './audit.config';
import { AuditModule } from './audit.module';

await runService({
  name: 'audit',
  loadConfig: () => loadAuditConfig(),
  createApp: async (config, logger) =>
    NestFactory.create(await AuditModule.create(config, logger), { bufferLogs: true }),
});
