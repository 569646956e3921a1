import { loadSync, type PackageDefinition } from '@grpc/proto-loader';

export type { PackageDefinition } from '@grpc/proto-loader';

/**
 * Loads .proto files for gRPC APIs. Messages become plain objects with camelCase fields, 64-bit
 * integers as decimal strings, enums as their names, and defaults filled in.
 */
export function loadProtos(files: readonly string[], includeDirs: readonly string[]): PackageDefinition {
  return loadSync([...files], {
    includeDirs: [...includeDirs],
    keepCase: false,
    longs: String,
    enums: String,
    bytes: Buffer,
    defaults: true,
    arrays: true,
    oneofs: true,
  });
}
