import { Option, type Command } from 'commander';
import { clientObject, serviceObject } from '@sild/registry-config';
import { action } from '../context';
import { parseEventType, parseMember, parseService, parseSubsystem, parseTime } from '../identifiers';
import { rowOf } from '../present';

/** member, subsystem, service, event-type and grant commands: the operator's registry changes. */
export function registryEntityCommands(program: Command): void {
  const member = program.command('member').description('organisations of the instance');
  member
    .command('add <member>')
    .description('register a member, e.g. NL/GOV/00000001')
    .requiredOption('--name <name>', 'display name')
    .action(
      action<{ name: string }>(async (ctx, { args: [id = ''], opts }) => {
        const result = await ctx
          .registry()
          .call('AddMember', { id: clientObject(parseMember(id)), name: opts.name });
        ctx.out.record(rowOf.member(result));
      }),
    );

  program
    .command('subsystem')
    .description('information systems of members')
    .command('add <subsystem>')
    .description('register a subsystem of an existing member, e.g. NL/GOV/00000001/brp')
    .action(
      action(async (ctx, { args: [id = ''] }) => {
        const result = await ctx.registry().call('AddSubsystem', { id: clientObject(parseSubsystem(id)) });
        ctx.out.record(rowOf.subsystem(result));
      }),
    );

  program
    .command('service')
    .description('services offered by provider subsystems')
    .command('add <service>')
    .description('register a service, e.g. NL/GOV/00000001/brp/persons/v1')
    .addOption(
      new Option('--endpoint <kind>', 'how the provider system is reached')
        .choices(['GRPC', 'HTTP'])
        .default('GRPC'),
    )
    .option('--description <text>', 'what it does', '')
    .action(
      action<{ endpoint: string; description: string }>(async (ctx, { args: [id = ''], opts }) => {
        const result = await ctx.registry().call('AddService', {
          id: serviceObject(parseService(id)),
          endpointKind: `ENDPOINT_KIND_${opts.endpoint}`,
          description: opts.description,
        });
        ctx.out.record(rowOf.service(result));
      }),
    );

  program
    .command('event-type')
    .description('notification kinds owned by provider subsystems')
    .command('add <name>')
    .description('register an event type, e.g. nl.brp.person.relocated.v1')
    .requiredOption('--owner <subsystem>', 'the publishing subsystem')
    .requiredOption('--payload-type <url>', 'type URL of the payload')
    .option('--partition-key <attribute>', 'header attribute that keys the records', 'subject_key')
    .option('--description <text>', 'what it means', '')
    .action(
      action<{ owner: string; payloadType: string; partitionKey: string; description: string }>(
        async (ctx, { args: [name = ''], opts }) => {
          const result = await ctx.registry().call('AddEventType', {
            eventType: {
              name: parseEventType(name),
              owner: clientObject(parseSubsystem(opts.owner)),
              payloadType: opts.payloadType,
              partitionKeyRule: opts.partitionKey,
              description: opts.description,
            },
          });
          ctx.out.record(rowOf.eventType(result));
        },
      ),
    );

  const grant = program.command('grant').description('who may call which service');
  grant
    .command('add')
    .description('let a client subsystem call a service')
    .requiredOption('--client <subsystem>', 'the client subsystem')
    .requiredOption('--service <service>', 'the service')
    .requiredOption('--purpose <text>', 'why the client needs it')
    .option('--valid-until <time>', 'end of validity (ISO 8601)')
    .action(
      action<{ client: string; service: string; purpose: string; validUntil?: string }>(
        async (ctx, { opts }) => {
          const result = await ctx.registry().call('AddGrant', {
            client: clientObject(parseSubsystem(opts.client)),
            service: serviceObject(parseService(opts.service)),
            purpose: opts.purpose,
            validUntil: opts.validUntil === undefined ? null : parseTime(opts.validUntil),
          });
          ctx.out.record(rowOf.grant(result));
        },
      ),
    );
  grant
    .command('revoke <id>')
    .description('withdraw a grant')
    .action(
      action(async (ctx, { args: [id = ''] }) => {
        ctx.out.record(rowOf.grant(await ctx.registry().call('RevokeGrant', { id })));
      }),
    );
}
