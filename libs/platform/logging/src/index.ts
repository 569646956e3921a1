export {
  createLogger,
  LOG_LEVELS,
  loggingConfigSchema,
  PERSONAL_DATA_PATHS,
  type CreateLoggerOptions,
  type Logger,
  type LogLevel,
} from './logger';
export { PinoNestLogger } from './nest-logger';
