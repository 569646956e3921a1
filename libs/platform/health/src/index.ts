export { HealthModule, type HealthModuleOptions } from './health.module';
export { LifecycleService } from './lifecycle.service';
export { READINESS_CHECKS, readinessCheck, type ReadinessCheck } from './readiness-check';
export { runService, type RunServiceOptions, type ServiceSettings } from './run-service';
export { serviceConfigSchema } from './service.config';
