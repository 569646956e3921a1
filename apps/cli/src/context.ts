import type { Command } from 'commander';
import { GrpcException, type GrpcClient } from '@sild/platform-grpc';
import { auditClient, eventsClient, gatewayClient, registryClient, signerClient } from './clients';
import { createOutput, type Output } from './output';

export interface GlobalOptions {
  json?: boolean;
  registry: string;
  signer: string;
  kafka: string;
  anchor: string;
  audit: string;
}

/** The instance operator's token for the gRPC APIs (SILD_OPERATOR_TOKEN); never a flag, so it stays out of shell history. */
const operatorToken = (): string | undefined => process.env['SILD_OPERATOR_TOKEN'] || undefined;

/** What a command gets: output, options and clients (opened on first use, closed at the end). */
export class Context {
  readonly out: Output;
  private clients: GrpcClient[] = [];
  private registryApi: GrpcClient | undefined;
  private signerApi: GrpcClient | undefined;
  private auditApi: GrpcClient | undefined;

  constructor(readonly options: GlobalOptions) {
    this.out = createOutput(options.json === true);
  }

  registry(): GrpcClient {
    this.registryApi ??= this.track(registryClient(this.options.registry, operatorToken()));
    return this.registryApi;
  }

  signer(): GrpcClient {
    this.signerApi ??= this.track(signerClient(this.options.signer, operatorToken()));
    return this.signerApi;
  }

  /** The audit service, as an auditor (SILD_AUDIT_TOKEN) or the operator (SILD_OPERATOR_TOKEN). */
  audit(): GrpcClient {
    const token = process.env['SILD_AUDIT_TOKEN'] || operatorToken();
    this.auditApi ??= this.track(auditClient(this.options.audit, token));
    return this.auditApi;
  }

  /** An organisation's gateway: its address and token come with the command, not the globals. */
  gateway(address: string, bearerToken: string | undefined, deadlineMs: number): GrpcClient {
    return this.track(gatewayClient(address, bearerToken, deadlineMs));
  }

  /** An organisation's gateway Events API (dead letters, redrive, replay). */
  events(address: string, bearerToken: string | undefined, deadlineMs: number): GrpcClient {
    return this.track(eventsClient(address, bearerToken, deadlineMs));
  }

  close(): void {
    for (const client of this.clients) client.close();
    this.clients = [];
  }

  private track(client: GrpcClient): GrpcClient {
    this.clients.push(client);
    return client;
  }
}

/** A one-line reason for any failure: what a person needs, nothing more. */
export function reasonOf(error: unknown): string {
  if (error instanceof GrpcException) {
    return error.statusName === 'UNAVAILABLE'
      ? `service unavailable (${error.message})`
      : `${error.statusName}: ${error.message}`;
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'failed') : String(error);
}

/** A command's positional arguments and its own options. */
export interface Invocation<O> {
  readonly args: string[];
  readonly opts: O;
}

/**
 * Wraps a command's action: builds its context from the global options, and turns any failure
 * into one line on stderr and exit code 1.
 */
export function action<O = Record<string, unknown>>(
  fn: (context: Context, invocation: Invocation<O>) => Promise<void>,
): (...args: unknown[]) => Promise<void> {
  return async (...args) => {
    const command = args.at(-1) as Command;
    const context = new Context(command.optsWithGlobals<GlobalOptions>());
    try {
      await fn(context, {
        args: args.slice(0, -2) as string[],
        opts: command.opts<O & Record<string, unknown>>(),
      });
    } catch (error) {
      process.stderr.write(`sild: ${reasonOf(error)}\n`);
      process.exitCode = 1;
    } finally {
      context.close();
    }
  };
}
