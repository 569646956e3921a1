import {
  Server,
  ServerCredentials,
  status,
  type handleUnaryCall,
  type MethodDefinition,
  type ServiceDefinition,
  type UntypedHandleCall,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation } from 'grpc-health-check';
import { BearerTokens } from '@sild/platform-config';
import type { Logger } from '@sild/platform-logging';
import { GrpcException, GrpcStatus } from './grpc-status';
import { bidiStreamingCall, contextOf, serverStreamingCall, type CallGuard } from './grpc-server-streams';
import type { BidiStreamingHandler, CallContext, ServerStreamingHandler } from './grpc-streams';
import { grpcMetrics } from './grpc.metrics';

export type UnaryHandler = (request: unknown, context: CallContext) => Promise<unknown>;

/** A handler of any kind; streaming ones are made with serverStreaming() and bidiStreaming(). */
export type MethodHandler = UnaryHandler | ServerStreamingHandler | BidiStreamingHandler;

/** The kind of handler a method's definition needs (client streaming is not supported). */
function kindOf(
  method: MethodDefinition<unknown, unknown>,
): 'unary' | 'server-streaming' | 'bidi-streaming' | undefined {
  if (method.requestStream) return method.responseStream ? 'bidi-streaming' : undefined;
  return method.responseStream ? 'server-streaming' : 'unary';
}

const handlerKind = (handler: MethodHandler) => (typeof handler === 'function' ? 'unary' : handler.kind);

export interface GrpcServerOptions {
  readonly packageDefinition: PackageDefinition;
  readonly logger: Logger;
  /** Translates a module's own exceptions to a gRPC status; others become INTERNAL. */
  readonly translateError?: (error: unknown) => GrpcException | undefined;
  /**
   * When set, every call to the registered services must carry `authorization: Bearer <token>`
   * (health checking and reflection stay open for probes and tools). Unset: open, with a warning.
   */
  readonly bearerToken?: string | undefined;
  /** The handlers authenticate callers themselves (e.g. per-client tokens): no shared token. */
  readonly authenticatedByHandlers?: boolean;
}

/**
 * A gRPC server with standard health checking (grpc.health.v1) and server reflection, so
 * generic tools (grpcurl, grpc_health_probe) can list and probe it. Handlers are async
 * functions; their errors become statuses, never crashes.
 */
export class GrpcServer {
  private readonly server = new Server();
  private readonly health = new HealthImplementation({ '': 'NOT_SERVING' });
  private readonly services: string[] = [];
  private readonly draining = new AbortController();
  /** The shared bearer token, when set (compared in constant time). */
  private readonly tokens: BearerTokens<true> | undefined;
  private readonly guard: CallGuard = {
    authenticate: (context) => {
      this.authenticate(context);
    },
    toException: (method, error) => this.toException(method, error),
    draining: this.draining.signal,
  };

  constructor(private readonly options: GrpcServerOptions) {
    if (!options.bearerToken && !options.authenticatedByHandlers)
      options.logger.warn('gRPC API open to anyone who reaches it: set a bearer token');
    this.tokens = options.bearerToken
      ? new BearerTokens([{ grant: true, token: options.bearerToken }])
      : undefined;
    this.health.addToServer(this.server);
    new ReflectionService(options.packageDefinition).addToServer(this.server);
  }

  /**
   * Registers the methods of a service by its full name, e.g. sild.registry.v1.Registry: every
   * method needs a handler of its kind (unary, server streaming or bidi streaming).
   */
  addService(serviceName: string, handlers: Readonly<Record<string, MethodHandler>>): void {
    const definition = this.options.packageDefinition[serviceName] as ServiceDefinition | undefined;
    if (definition === undefined) throw new Error(`unknown gRPC service ${serviceName}`);
    const implementation: UntypedServiceImplementation = {};
    for (const [name, method] of Object.entries(definition)) {
      const handler = handlers[method.originalName ?? name] ?? handlers[name];
      if (handler === undefined) throw new Error(`no handler for ${serviceName}/${name}`);
      const needed = kindOf(method);
      if (needed !== handlerKind(handler)) {
        throw new Error(`${serviceName}/${name} needs a ${needed ?? 'client-streaming'} handler`);
      }
      implementation[name] = this.implementation(`${serviceName}/${name}`, handler);
    }
    this.server.addService(definition, implementation);
    this.services.push(serviceName);
    this.health.setStatus(serviceName, 'NOT_SERVING');
  }

  /** Binds and starts serving; resolves with the bound port (useful with port 0). */
  async listen(host: string, port: number): Promise<number> {
    const bound = await new Promise<number>((resolve, reject) => {
      this.server.bindAsync(`${host}:${port}`, ServerCredentials.createInsecure(), (error, actual) => {
        if (error) reject(error);
        else resolve(actual);
      });
    });
    this.setServing(true);
    return bound;
  }

  /** Health status of the whole server and every service ('' and each service name). */
  setServing(serving: boolean): void {
    const value = serving ? 'SERVING' : 'NOT_SERVING';
    for (const name of ['', ...this.services]) this.health.setStatus(name, value);
  }

  /**
   * Stops accepting calls, tells streaming handlers to end (their signal aborts with UNAVAILABLE),
   * lets running calls finish within timeoutMs, then cancels the rest.
   */
  async shutdown(timeoutMs: number): Promise<void> {
    this.setServing(false);
    this.draining.abort();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, timeoutMs);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private implementation(method: string, handler: MethodHandler): UntypedHandleCall {
    if (typeof handler === 'function') return this.unary(method, handler);
    return handler.kind === 'server-streaming'
      ? serverStreamingCall(method, handler, this.guard)
      : bidiStreamingCall(method, handler, this.guard);
  }

  private unary(method: string, handler: UnaryHandler): handleUnaryCall<unknown, unknown> {
    return (call, callback) => {
      const stopTimer = grpcMetrics.duration.startTimer({ method });
      const context = contextOf(method, call.getPeer(), call.metadata);
      // a handler that throws synchronously is treated like one that rejects
      Promise.resolve()
        .then(() => {
          this.authenticate(context);
          return handler(call.request, context);
        })
        .then(
          (response) => {
            stopTimer({ code: 'OK' });
            callback(null, response);
          },
          (error: unknown) => {
            const exception = this.toException(method, error);
            stopTimer({ code: exception.statusName });
            callback({
              code: status[exception.statusName as keyof typeof status],
              details: exception.message,
            });
          },
        );
    };
  }

  private authenticate(context: CallContext): void {
    if (this.tokens === undefined) return;
    if (this.tokens.grantOf(context.metadata('authorization')) === undefined) {
      throw new GrpcException(GrpcStatus.UNAUTHENTICATED, 'a valid bearer token is required');
    }
  }

  private toException(method: string, error: unknown): GrpcException {
    if (error instanceof GrpcException) return error;
    const translated = this.options.translateError?.(error);
    if (translated) return translated;
    this.options.logger.error({ err: error, method }, 'gRPC handler failed');
    return new GrpcException(GrpcStatus.INTERNAL, 'internal error');
  }
}
