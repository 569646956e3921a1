import type { Command } from 'commander';
import { parseVerifierKey } from '@sild/audit-proofs';
import { verifyLog } from '@sild/audit-evidence';
import { PgDatabase } from '@sild/platform-database';
import { sqlLogSource } from '../audit-log-source';
import { action } from '../context';

/** audit verify-log: the whole stored log against its signed checkpoints. */
export function auditLogCommand(audit: Command, env: NodeJS.ProcessEnv): void {
  audit
    .command('verify-log')
    .description(
      'recompute the whole tree from the audit database and compare it with every signed checkpoint',
    )
    .option('--database <url>', "the audit log's PostgreSQL database (DATABASE_URL)", env['DATABASE_URL'])
    .option(
      '--log-key <key>',
      "the log's verifier key, <name>+<key id>+<key> (SILD_AUDIT_LOG_KEY)",
      env['SILD_AUDIT_LOG_KEY'],
    )
    .option('--origin <origin>', 'the log origin (default: the key name)')
    .action(
      action<{ database?: string; logKey?: string; origin?: string }>(async (ctx, { opts }) => {
        if (!opts.database) throw new Error('give the database with --database or DATABASE_URL');
        if (!opts.logKey) throw new Error("give the log's verifier key with --log-key or SILD_AUDIT_LOG_KEY");
        const key = parseVerifierKey(opts.logKey);
        const db = new PgDatabase({
          url: opts.database,
          maxConnections: 2,
          applicationName: 'sild-verify-log',
        });
        try {
          const report = await verifyLog(sqlLogSource(db), key, opts.origin ?? key.name);
          if (ctx.out.json) ctx.out.record({ ...report });
          else {
            ctx.out.record({
              entries: report.entries,
              checkpoints: report.checkpoints,
              notYetCovered: report.uncovered,
              problems: report.problems.length,
            });
            if (report.problems.length > 0)
              ctx.out.table(
                report.problems.map((problem) => ({ ...problem })),
                ['kind', 'row', 'detail'],
              );
          }
          const [first] = report.problems;
          if (first) {
            throw new Error(
              `the log does not verify: ${first.kind}${first.row === undefined ? '' : ` row ${first.row}`}: ${first.detail}`,
            );
          }
        } finally {
          await db.close();
        }
      }),
    );
}
