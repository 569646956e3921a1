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
import { ClientStream } from './grpc-client-stream';
import { GrpcException, GrpcStatus } from './grpc-status';

type UnaryMethod = (
  request: unknown,
  metadata: Metadata,
  options: { deadline: Date },
  callback: (error: ServiceError | null, response: unknown) => void,
) => void;

type StreamingMethod = (...args: unknown[]) => ConstructorParameters<typeof ClientStream>[0];

const toGrpcStatus = (code: status): GrpcStatus => GrpcStatus[status[code] as keyof typeof GrpcStatus];

/** A gRPC client by service name (unary and streaming calls); failures come back as GrpcException. */
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

  private method(name: string): ((...args: unknown[]) => unknown) | undefined {
    const fn = (this.client as unknown as Record<string, unknown>)[name];
    return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
  }

  private metadataOf(metadata: Readonly<Record<string, string>>): Metadata {
    const meta = new Metadata();
    for (const [key, value] of Object.entries({ ...this.defaultMetadata, ...metadata })) meta.set(key, value);
    return meta;
  }

  call<T>(method: string, request: unknown, metadata: Readonly<Record<string, string>> = {}): Promise<T> {
    const fn = this.method(method) as UnaryMethod | undefined;
    if (fn === undefined) return Promise.reject(new Error(`unknown gRPC method ${method}`));
    return new Promise<T>((resolve, reject) => {
      fn.call(
        this.client,
        request,
        this.metadataOf(metadata),
        { deadline: new Date(Date.now() + this.deadlineMs) },
        (error, response) => {
          if (error) reject(new GrpcException(toGrpcStatus(error.code), error.details || error.message));
          else resolve(response as T);
        },
      );
    });
  }

  /**
   * Opens a bidi-streaming call (no deadline: it lasts until one side ends it). Messages are
   * sent with `send`, the server's read by iterating the stream.
   */
  openStream(method: string, metadata: Readonly<Record<string, string>> = {}): ClientStream {
    const fn = this.method(method) as StreamingMethod | undefined;
    if (fn === undefined) throw new Error(`unknown gRPC method ${method}`);
    return new ClientStream(fn.call(this.client, this.metadataOf(metadata)));
  }

  /** Calls a server-streaming method; the answers are read by iterating the stream. */
  openServerStream(
    method: string,
    request: unknown,
    metadata: Readonly<Record<string, string>> = {},
  ): ClientStream {
    const fn = this.method(method) as StreamingMethod | undefined;
    if (fn === undefined) throw new Error(`unknown gRPC method ${method}`);
    return new ClientStream(fn.call(this.client, request, this.metadataOf(metadata)));
  }

  close(): void {
    this.client.close();
  }
}
