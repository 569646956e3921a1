import { resolve } from 'node:path';
import { loadProtos } from '@sild/platform-grpc';

export const REGISTRY_SERVICE = 'sild.registry.v1.Registry';

/** The Registry gRPC API, for tests that call it directly. */
export const registryPackageDefinition = () =>
  loadProtos(['sild/registry/v1/registry.proto'], [resolve(import.meta.dirname, '../../proto')]);
