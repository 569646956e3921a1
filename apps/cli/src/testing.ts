// For unit tests of whole commands: `sild` run in the test's own process, and fake gRPC services.
import { vi } from 'vitest';
import {
  bidiStreaming,
  GrpcException,
  GrpcServer,
  GrpcStatus,
  loadProtos,
  type MethodHandler,
} from '@sild/platform-grpc';
import { createLogger } from '@sild/platform-logging';
import { protoRoot } from './clients';
import { sildProgram } from './program';

export interface SildRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** `sild <args>` with global option defaults from `env`; what it printed and its exit code. */
export async function runSild(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<SildRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((text) => stdout.push(String(text)) > 0);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((text) => stderr.push(String(text)) > 0);
  try {
    await sildProgram(env).exitOverride().parseAsync(args, { from: 'user' });
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const exitCode = typeof process.exitCode === 'number' ? process.exitCode : 0;
  process.exitCode = undefined;
  return { stdout: stdout.join(''), stderr: stderr.join(''), exitCode };
}

export interface Received {
  readonly method: string;
  readonly request: unknown;
  readonly authorization: string | undefined;
}

export interface FakeService {
  readonly address: string;
  /** Every call, in order (clear it between tests with `received.length = 0`). */
  readonly received: Received[];
  close(): Promise<void>;
}

/**
 * A gRPC service of proto/ on a free local port that answers with `answers` (by method; other
 * methods are UNIMPLEMENTED) and records what it receives. With `bearerToken`, it wants that token.
 */
export async function fakeGrpcService(
  protoFile: string,
  serviceName: string,
  answers: Readonly<Record<string, (request: unknown) => unknown>>,
  bearerToken?: string,
): Promise<FakeService> {
  const packageDefinition = loadProtos([protoFile], [protoRoot]);
  const server = new GrpcServer({
    packageDefinition,
    logger: createLogger({ service: 'fake', level: 'silent' }),
    bearerToken,
  });
  const received: Received[] = [];
  const handlers: Record<string, MethodHandler> = {};
  const methods = (packageDefinition[serviceName] ?? {}) as Record<string, { requestStream?: boolean }>;
  for (const [method, { requestStream }] of Object.entries(methods)) {
    if (requestStream) {
      handlers[method] = bidiStreaming(() =>
        Promise.reject(new GrpcException(GrpcStatus.UNIMPLEMENTED, `${method} is not faked`)),
      );
      continue;
    }
    handlers[method] = (request, context) => {
      received.push({ method, request, authorization: context.metadata('authorization') });
      const answer = answers[method];
      return answer
        ? Promise.resolve(answer(request))
        : Promise.reject(new GrpcException(GrpcStatus.UNIMPLEMENTED, `${method} is not faked`));
    };
  }
  server.addService(serviceName, handlers);
  const port = await server.listen('127.0.0.1', 0);
  return { address: `127.0.0.1:${port}`, received, close: () => server.shutdown(1_000) };
}
