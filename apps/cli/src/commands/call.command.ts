import type { Command } from 'commander';
import { action } from '../context';
import { callRequest, showCallResponse, type CallOptions, type CallResponse } from '../gateway-call';
import { gatewayFailure } from '../gateway-events';

/** How long the CLI waits without --timeout (the gateway applies its own default). */
const DEFAULT_WAIT_MS = 60_000;
/** Time for the gateway to report its timeout before the CLI gives up. */
const DEADLINE_MARGIN_MS = 5_000;

interface CallCommandOptions extends CallOptions {
  gateway: string;
  token?: string;
}

/** call: a service of another organisation, through this organisation's gateway. */
export function callCommand(program: Command, env: NodeJS.ProcessEnv): void {
  program
    .command('call <service>')
    .description(
      'call a service through your gateway and print its answer, e.g. NL/GOV/00000001/brp/persons/v1 ' +
        '(the API token from SILD_GATEWAY_TOKEN or --token)',
    )
    .requiredOption('--as <subsystem>', 'the client subsystem the call is made as')
    .option(
      '--gateway <address>',
      'Gateway gRPC address (SILD_GATEWAY)',
      env['SILD_GATEWAY'] ?? '127.0.0.1:50053',
    )
    .option(
      '--token <token>',
      'the gateway API token (prefer SILD_GATEWAY_TOKEN: flags end up in shell history)',
    )
    .requiredOption(
      '--type <type>',
      'payload type: a type URL or a message name, e.g. sild.examples.population.v1.GetPersonRequest',
    )
    .option('--json-payload <json>', 'the payload as JSON (sent as JSON; the answer comes as JSON too)')
    .option('--payload-file <file>', 'a file with the payload as protobuf bytes')
    .requiredOption('--on-behalf-of <user>', 'the end user the call is made for, e.g. an employee id')
    .requiredOption('--purpose <purpose>', 'why the data is asked for: a purpose code or case reference')
    .option('--timeout <ms>', "how long to wait for the answer (default: the gateway's)")
    .action(
      action<CallCommandOptions>(async (ctx, { args: [service = ''], opts }) => {
        const request = callRequest(service, opts);
        const waitMs = request.timeoutMs || DEFAULT_WAIT_MS;
        const gateway = ctx.gateway(
          opts.gateway,
          opts.token ?? env['SILD_GATEWAY_TOKEN'],
          waitMs + DEADLINE_MARGIN_MS,
        );
        const response = await gateway.call<CallResponse>('Call', request).catch((error: unknown) => {
          throw gatewayFailure(opts.gateway, error);
        });
        showCallResponse(ctx.out, response);
      }),
    );
}
