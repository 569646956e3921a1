import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { verifyBundle } from '@sild/audit-evidence';
import { action } from '../context';
import { auditLogCommand } from './audit-log.command';

interface EntryObject {
  index: string;
  entryType: string;
  kind: string;
  verdict: string;
  outcome: string;
  reason: string;
  createdAt?: { seconds?: string; nanos?: number } | null;
  sender: string;
  recipient: string;
  decidedBy: string;
  service: string;
  topic: string;
  purpose: string;
}

const timeOf = (at: EntryObject['createdAt']): string =>
  at?.seconds ? new Date(Number(at.seconds) * 1000 + Math.floor((at.nanos ?? 0) / 1e6)).toISOString() : '';

const short = (name: string, prefix: string): string =>
  name.startsWith(prefix) ? name.slice(prefix.length) : name;

/** One line per hop: what happened, who to whom, about what. */
const hopRow = (entry: EntryObject) => ({
  index: entry.index,
  time: timeOf(entry.createdAt),
  what:
    entry.entryType === 'ENTRY_TYPE_DECISION'
      ? `${short(entry.outcome, 'DECISION_OUTCOME_')} ${short(entry.kind, 'MESSAGE_KIND_')}`
      : `${short(entry.kind, 'MESSAGE_KIND_')} ${short(entry.verdict, 'VERDICT_')}`,
  reason: entry.reason === 'REASON_UNSPECIFIED' ? '' : short(entry.reason, 'REASON_'),
  by: entry.entryType === 'ENTRY_TYPE_DECISION' ? entry.decidedBy : entry.sender,
  to: entry.recipient,
  service: entry.service,
  purpose: entry.purpose,
});

/** The bundle file of a bundle path: the path itself, or bundle.json in a directory. */
const bundleFile = (path: string): string =>
  statSync(path).isDirectory() ? join(path, 'bundle.json') : path;

/** audit trace|export|verify|verify-log */
export function auditCommands(program: Command, env: NodeJS.ProcessEnv): void {
  const audit = program.command('audit').description('query the audit log and verify its evidence offline');
  audit
    .command('trace <traceId>')
    .description('every hop of a trace across organisations, with the decisions, by time')
    .action(
      action(async (ctx, { args: [traceId = ''] }) => {
        const page = await ctx.audit().call<{ entries: EntryObject[] }>('GetTrace', { traceId });
        if (ctx.out.json) ctx.out.table(page.entries as unknown as Record<string, unknown>[], []);
        else
          ctx.out.table(page.entries.map(hopRow), [
            'index',
            'time',
            'what',
            'reason',
            'by',
            'to',
            'service',
            'purpose',
          ]);
      }),
    );
  audit
    .command('export')
    .description(
      'write the evidence bundle of a trace (envelopes, certificates, entries, proofs, checkpoints)',
    )
    .requiredOption('--trace <traceId>', 'the trace id (32 hex digits)')
    .requiredOption('--out <dir>', 'directory to write bundle.json into')
    .option(
      '--known-size <n>',
      'size of a checkpoint you hold: the bundle proves the latest one extends it',
      '0',
    )
    .action(
      action<{ trace: string; out: string; knownSize: string }>(async (ctx, { opts }) => {
        const exported = await ctx
          .audit()
          .call<{ bundleJson: string; uncoveredEntries: number }>('ExportTrace', {
            traceId: opts.trace,
            knownTreeSize: opts.knownSize,
          });
        mkdirSync(opts.out, { recursive: true });
        const file = join(opts.out, 'bundle.json');
        writeFileSync(file, exported.bundleJson);
        const bundle = JSON.parse(exported.bundleJson) as { entries: unknown[]; checkpoints: string[] };
        ctx.out.record({
          bundle: file,
          entries: bundle.entries.length,
          checkpoints: bundle.checkpoints.length,
          notYetCovered: exported.uncoveredEntries,
        });
        if (exported.uncoveredEntries > 0) {
          ctx.out.note(`${exported.uncoveredEntries} newer entries of the trace await the next checkpoint`);
        }
      }),
    );
  audit
    .command('verify <bundle>')
    .description('check an evidence bundle offline: checkpoints, certificates, signatures, leaves, proofs')
    .option('--root <pem>', "the instance root CA you trust (PEM file): the bundle's root must be it")
    .action(
      action<{ root?: string }>(async (ctx, { args: [path = ''], opts }) => {
        const report = verifyBundle(
          readFileSync(bundleFile(path), 'utf8'),
          opts.root === undefined ? {} : { trustedRootPem: readFileSync(opts.root, 'utf8') },
        );
        if (ctx.out.json) ctx.out.record({ ...report });
        else
          ctx.out.table(
            report.checks.map((check) => ({ ...check, ok: check.ok ? 'ok' : 'FAILED' })),
            ['ok', 'item', 'detail'],
          );
        const failed = report.checks.find((check) => !check.ok);
        if (failed) throw new Error(`the bundle does not verify: ${failed.item}: ${failed.detail}`);
        return Promise.resolve();
      }),
    );
  auditLogCommand(audit, env);
}
