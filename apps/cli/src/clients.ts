import { resolve } from 'node:path';
import { GrpcClient, loadProtos } from '@sild/platform-grpc';

const protoRoot = resolve(import.meta.dirname, '../../../proto');

/** The Registry gRPC API at `address`. */
export const registryClient = (address: string, bearerToken?: string): GrpcClient =>
  new GrpcClient(
    loadProtos(['sild/registry/v1/registry.proto'], [protoRoot]),
    'sild.registry.v1.Registry',
    address,
    { bearerToken },
  );

/** The Signer gRPC API at `address`. */
export const signerClient = (address: string, bearerToken?: string): GrpcClient =>
  new GrpcClient(loadProtos(['sild/signer/v1/signer.proto'], [protoRoot]), 'sild.signer.v1.Signer', address, {
    bearerToken,
  });
