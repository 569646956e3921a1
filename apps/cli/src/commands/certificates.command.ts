import { readFileSync, writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { clientObject } from '@sild/registry-config';
import { action } from '../context';
import { parseMember, parseTime } from '../identifiers';
import { rowOf } from '../present';
import { localKeyCommand } from './local-key.command';

interface KeyInfo {
  handle: string;
  label: string;
  member: { instance: string; memberClass: string; memberCode: string } | null;
  algorithm: string;
  keyId: string;
  certificatePem: string;
}

const keyRow = (k: KeyInfo) => ({
  handle: k.handle,
  label: k.label,
  member: k.member ? `${k.member.instance}/${k.member.memberClass}/${k.member.memberCode}` : '',
  algorithm: k.algorithm.replace(/^SIGNATURE_ALGORITHM_/, ''),
  keyId: k.keyId,
  certified: k.certificatePem !== '',
});

const ALGORITHMS = ['ECDSA_P256_SHA256', 'ED25519', 'RSA_PSS_SHA256'];

/**
 * key create|list|generate and cert issue|revoke: member signing keys (in the signer, or in local
 * files) and certificates (registry).
 */
export function certificateCommands(program: Command): void {
  const key = program
    .command('key')
    .description("members' signing keys: in the signer's token (create, list) or in local files (generate)");
  key
    .command('create <member>')
    .description('generate a signing key for a member in the signer, e.g. NL/MUN/0363')
    .option('--label <label>', 'name of the key', 'signing')
    .addOption(
      new Option('--algorithm <name>', 'signature algorithm')
        .choices(ALGORITHMS)
        .default('ECDSA_P256_SHA256'),
    )
    .action(
      action<{ label: string; algorithm: string }>(async (ctx, { args: [member = ''], opts }) => {
        const info = await ctx.signer().call<KeyInfo>('GenerateKey', {
          member: clientObject(parseMember(member)),
          label: opts.label,
          algorithm: `SIGNATURE_ALGORITHM_${opts.algorithm}`,
        });
        ctx.out.record(keyRow(info));
      }),
    );
  localKeyCommand(key);
  key
    .command('list [member]')
    .description("the signer's keys (of one member)")
    .action(
      action(async (ctx, { args: [member] }) => {
        const { keys } = await ctx.signer().call<{ keys: KeyInfo[] }>('ListKeys', {
          member: member ? clientObject(parseMember(member)) : null,
        });
        ctx.out.table(keys.map(keyRow), ['handle', 'label', 'member', 'algorithm', 'keyId', 'certified']);
      }),
    );

  const cert = program.command('cert').description('member signing certificates');
  cert
    .command('issue')
    .description("issue a member's certificate from the instance CA and publish it in the registry")
    .option('--key <handle>', "a key in the signer's token (its CSR is made there)")
    .option('--csr <file>', 'a PEM certificate request made elsewhere')
    .option('--days <n>', 'validity in days', '730')
    .option('--out <file>', 'also write the certificate (PEM) to this file')
    .action(
      action<{ key?: string; csr?: string; days: string; out?: string }>(async (ctx, { opts }) => {
        if ((opts.key === undefined) === (opts.csr === undefined))
          throw new Error('give exactly one of --key or --csr');
        const csrPem =
          opts.csr === undefined
            ? (await ctx.signer().call<{ csrPem: string }>('CreateCsr', { handle: opts.key })).csrPem
            : readFileSync(opts.csr, 'utf8');
        const issued = await ctx
          .signer()
          .call<{ keyId: string; certificatePem: string; handle: string }>('IssueCertificate', {
            csrPem,
            validityDays: Number(opts.days),
          });
        if (opts.out !== undefined) writeFileSync(opts.out, issued.certificatePem);
        ctx.out.record({
          keyId: issued.keyId,
          handle: issued.handle,
          ...(opts.out === undefined ? {} : { certificateFile: opts.out }),
          certificate: ctx.out.json ? issued.certificatePem : '(PEM, see --json or --out)',
        });
      }),
    );
  cert
    .command('revoke <keyId>')
    .description('revoke a member signing certificate; signatures by it are refused from then on')
    .option('--reason <reason>', 'RFC 5280 reason, e.g. keyCompromise, superseded', 'unspecified')
    .option('--at <time>', 'revocation time (ISO 8601), default now')
    .action(
      action<{ reason: string; at?: string }>(async (ctx, { args: [keyId = ''], opts }) => {
        const result = await ctx.registry().call('RevokeCertificate', {
          keyId,
          reason: opts.reason,
          revokedAt: opts.at === undefined ? null : parseTime(opts.at),
        });
        ctx.out.record(rowOf.certificate(result));
      }),
    );
}
