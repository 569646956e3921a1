import { resolve } from 'node:path';
import { GrpcClient, loadProtos } from '@sild/platform-grpc';

export const protoRoot = resolve(import.meta.dirname, '../../../proto');

const client = (
  protoFile: string,
  serviceName: string,
  address: string,
  options: { readonly bearerToken?: string | undefined; readonly deadlineMs?: number },
): GrpcClient => new GrpcClient(loadProtos([protoFile], [protoRoot]), serviceName, address, options);

/** The Registry gRPC API at `address`. */
export const registryClient = (address: string, bearerToken?: string): GrpcClient =>
  client('sild/registry/v1/registry.proto', 'sild.registry.v1.Registry', address, { bearerToken });

/** The Signer gRPC API at `address`. */
export const signerClient = (address: string, bearerToken?: string): GrpcClient =>
  client('sild/signer/v1/signer.proto', 'sild.signer.v1.Signer', address, { bearerToken });

/** An organisation's Gateway gRPC API at `address`; calls may take up to `deadlineMs`. */
export const gatewayClient = (
  address: string,
  bearerToken: string | undefined,
  deadlineMs: number,
): GrpcClient =>
  client('sild/gateway/v1/gateway.proto', 'sild.gateway.v1.Gateway', address, { bearerToken, deadlineMs });

/** An organisation's gateway Events API at `address` (dead letters, redrive, replay). */
export const eventsClient = (
  address: string,
  bearerToken: string | undefined,
  deadlineMs: number,
): GrpcClient =>
  client('sild/gateway/v1/events.proto', 'sild.gateway.v1.Events', address, { bearerToken, deadlineMs });

/** The Audit gRPC API at `address` (queries, proofs, evidence export). */
export const auditClient = (address: string, bearerToken?: string): GrpcClient =>
  client('sild/audit/v1/audit.proto', 'sild.audit.v1.Audit', address, { bearerToken, deadlineMs: 60_000 });
