import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { certificateCommands } from './commands/certificates.command';
import { instanceCommands } from './commands/instance.command';
import { registryEntityCommands } from './commands/registry-entities.command';
import { registryShowCommand } from './commands/registry-show.command';
import { subscriptionCommands } from './commands/subscription.command';

const env = process.env;
const { version } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8'),
) as {
  version: string;
};
const program = new Command('sild')
  .description('Sild administration and audit: instance, members, certificates, grants, subscriptions')
  .version(version)
  .option('--json', 'machine-readable JSON output')
  .option(
    '--registry <address>',
    'Registry gRPC address (SILD_REGISTRY)',
    env['SILD_REGISTRY'] ?? '127.0.0.1:50051',
  )
  .option('--signer <address>', 'Signer gRPC address (SILD_SIGNER)', env['SILD_SIGNER'] ?? '127.0.0.1:50052')
  .option(
    '--kafka <brokers>',
    'Kafka bootstrap servers (KAFKA_BROKERS)',
    env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
  )
  .option(
    '--anchor <file>',
    'instance anchor file (SILD_ANCHOR_FILE)',
    env['SILD_ANCHOR_FILE'] ?? '.data/instance/anchor.json',
  )
  .showHelpAfterError('(run with --help for usage)');

instanceCommands(program);
registryEntityCommands(program);
subscriptionCommands(program);
certificateCommands(program);
registryShowCommand(program);

await program.parseAsync();
