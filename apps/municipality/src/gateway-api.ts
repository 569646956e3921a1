import { resolve } from 'node:path';
import { GrpcClient, loadProtos } from '@sild/platform-grpc';

export const GATEWAY_SERVICE = 'sild.gateway.v1.Gateway';
export const EVENTS_SERVICE = 'sild.gateway.v1.Events';

/** The gateway API's .proto files (the same path from the sources and from dist/). */
export const gatewayPackageDefinition = () =>
  loadProtos(
    ['sild/gateway/v1/gateway.proto', 'sild/gateway/v1/events.proto'],
    [resolve(import.meta.dirname, '../../../proto')],
  );

/** Clients of the municipality's gateway: Gateway (calls) and Events (Receive). */
export function gatewayClients(address: string, token: string): { calls: GrpcClient; events: GrpcClient } {
  const definition = gatewayPackageDefinition();
  return {
    calls: new GrpcClient(definition, GATEWAY_SERVICE, address, { bearerToken: token, deadlineMs: 30_000 }),
    events: new GrpcClient(definition, EVENTS_SERVICE, address, { bearerToken: token }),
  };
}
