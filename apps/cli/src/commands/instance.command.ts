import { join } from 'node:path';
import type { Command } from 'commander';
import { initInstance } from '@sild/registry-config';
import { action } from '../context';
import { passphraseFrom } from '../secrets';

/** instance init */
export function instanceCommands(program: Command): void {
  program
    .command('instance')
    .description('the instance: root CA, registry key and anchor')
    .command('init')
    .description(
      'create the instance offline: root CA key in the signer token, registry signing key, anchor file ' +
        '(passphrases from SIGNER_TOKEN_PASSPHRASE and REGISTRY_KEY_PASSPHRASE)',
    )
    .requiredOption('--instance <code>', 'instance code, e.g. NL')
    .option('--dir <folder>', 'where to write the token, the registry key and the anchor', '.data/instance')
    .action(
      action<{ instance: string; dir: string }>(async (ctx, { opts }) => {
        const paths = {
          tokenDir: join(opts.dir, 'signer-token'),
          registryKeyFile: join(opts.dir, 'registry.key.pem'),
          anchorFile: join(opts.dir, 'anchor.json'),
        };
        const result = initInstance({
          instance: opts.instance,
          ...paths,
          tokenPassphrase: passphraseFrom('SIGNER_TOKEN_PASSPHRASE'),
          registryPassphrase: passphraseFrom('REGISTRY_KEY_PASSPHRASE'),
        });
        ctx.out.record({
          instance: result.anchor.instance,
          anchor: paths.anchorFile,
          registryKey: paths.registryKeyFile,
          signerToken: paths.tokenDir,
          rootKey: result.rootKeyHandle,
          registryKeyId: result.anchor.registry.keyIdHex,
        });
        ctx.out.note(
          'Configure every service with SILD_ANCHOR_FILE; the registry with REGISTRY_KEY_FILE; the signer with SIGNER_TOKEN_DIR.',
        );
        return Promise.resolve();
      }),
    );
}
