import './telemetry';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runService } from '@sild/platform-health';
import { loadMunicipalityConfig } from './municipality.config';
import { MunicipalityModule } from './municipality.module';

await runService({
  name: 'municipality',
  loadConfig: () => loadMunicipalityConfig(),
  // no body parsers: POST /events reads the CloudEvent's payload bytes as they are
  createApp: (config, logger) =>
    NestFactory.create(MunicipalityModule.create(config, logger), { bufferLogs: true, bodyParser: false }),
});
