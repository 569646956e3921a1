export { ConfigErrorCode, ConfigException, type ConfigProblem } from './config.exception';
export { env, type EnvVar } from './env-var';
export { describeConfig, loadConfig, type ConfigOf, type ConfigSchema } from './load-config';
