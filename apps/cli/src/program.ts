import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { auditCommands } from './commands/audit.command';
import { callCommand } from './commands/call.command';
import { certificateCommands } from './commands/certificates.command';
import { deliveriesCommands } from './commands/deliveries.command';
import { instanceCommands } from './commands/instance.command';
import { registryEntityCommands } from './commands/registry-entities.command';
import { registryShowCommand } from './commands/registry-show.command';
import { subscriptionCommands } from './commands/subscription.command';

/** Global options with a default from the environment: flags, description, variable, fallback. */
const SETTINGS = [
  ['--registry <address>', 'Registry gRPC address', 'SILD_REGISTRY', '127.0.0.1:50051'],
  ['--signer <address>', 'Signer gRPC address', 'SILD_SIGNER', '127.0.0.1:50052'],
  ['--kafka <brokers>', 'Kafka bootstrap servers', 'KAFKA_BROKERS', '127.0.0.1:9092'],
  ['--anchor <file>', 'instance anchor file', 'SILD_ANCHOR_FILE', '.data/instance/anchor.json'],
  ['--audit <address>', 'Audit gRPC address', 'SILD_AUDIT', '127.0.0.1:50056'],
] as const;

/** The `sild` command with its global options (defaults from `env`) and every subcommand. */
export function sildProgram(env: NodeJS.ProcessEnv = process.env): Command {
  const { version } = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8'),
  ) as {
    version: string;
  };
  const program = new Command('sild')
    .description(
      'Sild administration and audit: instance, members, certificates, grants, subscriptions, service calls, the audit log',
    )
    .version(version)
    .option('--json', 'machine-readable JSON output')
    .showHelpAfterError('(run with --help for usage)');
  for (const [flags, description, name, fallback] of SETTINGS)
    program.option(flags, `${description} (${name})`, env[name] ?? fallback);

  instanceCommands(program);
  registryEntityCommands(program);
  subscriptionCommands(program, env);
  certificateCommands(program);
  registryShowCommand(program);
  callCommand(program, env);
  deliveriesCommands(program, env);
  auditCommands(program, env);
  return program;
}
