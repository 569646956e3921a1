// The gateway's Events API from the command line (`sild deliveries`, `sild subscription replay`):
// the gateway's address and token, and the subscription a command is about.
import type { Command } from 'commander';
import { GrpcException } from '@sild/platform-grpc';
import { clientObject, type ProtoObject } from '@sild/registry-config';
import type { Context } from './context';
import { parseSubsystem } from './identifiers';

/** Options of every command that talks to the organisation's gateway about a subscription. */
export interface SubscriptionCommandOptions {
  subscriber: string;
  subscription: string;
  gateway: string;
  token?: string;
}

/** A gateway failure with the gateway's address and the gRPC status, e.g. UNAVAILABLE. */
export const gatewayFailure = (address: string, error: unknown): unknown =>
  error instanceof GrpcException
    ? new Error(`gateway ${address}: ${error.statusName}: ${error.message}`)
    : error;

/** Adds the gateway address and token options (defaults from SILD_GATEWAY and SILD_GATEWAY_TOKEN). */
export function gatewayOptions(command: Command, env: NodeJS.ProcessEnv): Command {
  return command
    .option(
      '--gateway <address>',
      'Gateway gRPC address (SILD_GATEWAY)',
      env['SILD_GATEWAY'] ?? '127.0.0.1:50053',
    )
    .option(
      '--token <token>',
      'the gateway API token (prefer SILD_GATEWAY_TOKEN: flags end up in shell history)',
    );
}

/** Adds the subscriber and subscription options and the gateway's. */
export const subscriptionOptions = (command: Command, env: NodeJS.ProcessEnv): Command =>
  gatewayOptions(
    command
      .requiredOption('--subscriber <subsystem>', 'the subscribing subsystem, e.g. NL/MUN/0363/burgerzaken')
      .requiredOption('--subscription <id>', 'the subscription id'),
    env,
  );

/** The subscriber and subscription fields of an Events request. */
export const subscriptionRequest = (
  opts: SubscriptionCommandOptions,
): { subscriber: ProtoObject; subscriptionId: string } => ({
  subscriber: clientObject(parseSubsystem(opts.subscriber)),
  subscriptionId: opts.subscription,
});

/** Calls a method of the gateway's Events API; failures name the gateway and the status. */
export function callEvents<T>(
  ctx: Context,
  opts: SubscriptionCommandOptions,
  env: NodeJS.ProcessEnv,
  method: string,
  request: unknown,
  deadlineMs: number,
): Promise<T> {
  return ctx
    .events(opts.gateway, opts.token ?? env['SILD_GATEWAY_TOKEN'], deadlineMs)
    .call<T>(method, request)
    .catch((error: unknown) => {
      throw gatewayFailure(opts.gateway, error);
    });
}
