import './telemetry';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runService } from '@sild/platform-health';
import { loadPopulationRegisterConfig } from './population-register.config';
import { PopulationRegisterModule } from './population-register.module';

await runService({
  name: 'population-register',
  loadConfig: () => loadPopulationRegisterConfig(),
  // no body parsers: POST /sild/backend reads the payload bytes as they are (its own size limit)
  createApp: (config, logger) =>
    NestFactory.create(PopulationRegisterModule.create(config, logger), {
      bufferLogs: true,
      bodyParser: false,
    }),
});
