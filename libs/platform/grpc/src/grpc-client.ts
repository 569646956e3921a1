import {
  credentials,
  loadPackageDefinition,
  Metadata,
  status,
  type Client,
  type ServiceClientConstructor,
  type ServiceError,
} from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { GrpcException, GrpcStatus } from './grpc-status';

type UnaryMethod = (
  request: unknown,
  metadata: Metadata,
  options: { deadline: Date },
  callback: (error: ServiceError | null, response: unknown) => void,
) => void;

const toGrpcStatus = (code: status): GrpcStatus => GrpcStatus[status[code] as keyof typeof GrpcStatus];

/** A unary gRPC client by service name; failures come back as GrpcException. */
export class GrpcClient {
  private readonly client: Client;
  private readonly deadlineMs: number;
  private readonly defaultMetadata: Readonly<Record<string, string>> = {};

  constructor(
    packageDefinition: PackageDefinition,
    serviceName: string,
    address: string,
    options: { readonly deadlineMs?: number; readonly bearerToken?: string | undefined } = {},
  ) {
    this.deadlineMs = options.deadlineMs ?? 10_000;
    if (options.bearerToken) this.defaultMetadata = { authorization: `Bearer ${options.bearerToken}` };
    let node: unknown = loadPackageDefinition(packageDefinition);
    for (const part of serviceName.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'function') throw new Error(`unknown gRPC service ${serviceName}`);
    const Service = node as ServiceClientConstructor;
    this.client = new Service(address, credentials.createInsecure());
  }

  call<T>(method: string, request: unknown, metadata: Readonly<Record<string, string>> = {}): Promise<T> {
    const fn = (this.client as unknown as Record<string, UnaryMethod | undefined>)[method];
    if (typeof fn !== 'function') return Promise.reject(new Error(`unknown gRPC method ${method}`));
    const meta = new Metadata();
    for (const [key, value] of Object.entries({ ...this.defaultMetadata, ...metadata })) meta.set(key, value);
    return new Promise<T>((resolve, reject) => {
      fn.call(
        this.client,
        request,
        meta,
        { deadline: new Date(Date.now() + this.deadlineMs) },
        (error, response) => {
          if (error) reject(new GrpcException(toGrpcStatus(error.code), error.details || error.message));
          else resolve(response as T);
        },
      );
    });
  }

  close(): void {
    this.client.close();
  }
}
