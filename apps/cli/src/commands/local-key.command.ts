import { Option, type Command } from 'commander';
import { action } from '../context';
import { parseMember } from '../identifiers';
import { generateLocalKey, LOCAL_KEY_ALGORITHMS, type LocalKeyAlgorithm } from '../local-key';
import { passphraseFrom } from '../secrets';

/** key generate: a member signing key in a local file, for a gateway that signs by itself. */
export function localKeyCommand(key: Command): void {
  key
    .command('generate <member>')
    .description(
      'generate a signing key for a member on this disk only (not in the signer): an encrypted key ' +
        'file (passphrase from SILD_KEY_PASSPHRASE) and a CSR, e.g. NL/MUN/0363',
    )
    .requiredOption('--out <dir>', 'where to write <label>.key.pem and <label>.csr.pem')
    .option('--label <label>', 'name of the key (and of its files)', 'signing')
    .addOption(
      new Option('--algorithm <name>', 'signature algorithm')
        .choices(Object.keys(LOCAL_KEY_ALGORITHMS))
        .default('ecdsa-p256'),
    )
    .action(
      action<{ out: string; label: string; algorithm: LocalKeyAlgorithm }>(
        async (ctx, { args: [member = ''], opts }) => {
          const id = parseMember(member);
          const files = generateLocalKey({
            member: id,
            dir: opts.out,
            label: opts.label,
            algorithm: opts.algorithm,
            passphrase: passphraseFrom('SILD_KEY_PASSPHRASE'),
          });
          ctx.out.record({
            member,
            algorithm: opts.algorithm,
            keyFile: files.keyFile,
            csrFile: files.csrFile,
            next: `sild cert issue --csr ${files.csrFile} --out ${files.certificateFile}`,
          });
          return Promise.resolve();
        },
      ),
    );
}
