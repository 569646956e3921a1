export { expectEventually, uniqueName, type EventuallyOptions } from './expect-eventually';
export { freePort, REPO_ROOT, startService, type ServiceProcess } from './service-process';
