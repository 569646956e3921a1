// The audit service over what a benchmark left on the bus: started once the run is over, it reads
// every audited topic of the instance from the beginning (a backlog, as after an audit outage)
// and appends it; the figures say how fast it catches up, so whether it keeps ahead of the rate
// the run produced its records at.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestSchema } from '@sild/platform-database/testing';
import { freePort, startService } from '@sild/platform-testing';
import { CpuMeter, histogramOf, scrapeMetrics } from './observe';

/** No growth of the log for this long, with the backlog in place: it has read everything. */
const SETTLED_MS = 5_000;
const POLL_MS = 200;

export interface AuditCatchUp {
  /** Entries appended in all. */
  readonly entries: number;
  /** Entries per second from the first append to the last. */
  readonly entriesPerS: number;
  /** CPU of the audit process, percent of one core, over the same time. */
  readonly auditCpuPct: number;
  /** All cores busy, percent (the audit, PostgreSQL, the broker). */
  readonly machineCpuPct: number;
  /** Share of the time an append transaction ran, percent (100: appends back to back). */
  readonly appendBusyPct: number;
  /** Entries per append transaction, on average. */
  readonly entriesPerAppend: number;
}

const APPEND_SECONDS = 'sild_audit_append_batch_seconds';

const logSize = async (httpPort: number): Promise<number> => {
  const text = await scrapeMetrics(httpPort);
  const line = /^sild_audit_log_size_leaves ([0-9.eE+]+)$/m.exec(text);
  return line ? Number(line[1]) : 0;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the audit service over instance `anchorFile`'s topics until it has appended them all. */
export async function auditCatchUp(anchorFile: string): Promise<AuditCatchUp> {
  const schema = await createTestSchema('bench_audit_follow');
  const dataDir = mkdtempSync(join(tmpdir(), 'sild-bench-audit-'));
  const httpPort = await freePort();
  const audit = startService('audit', 'apps/audit/src/main.ts', {
    SILD_ANCHOR_FILE: anchorFile,
    DATABASE_URL: schema.url,
    SILD_DATA_DIR: dataDir,
    GRPC_PORT: String(await freePort()),
    HTTP_PORT: String(httpPort),
    GRPC_AUTH_TOKEN: 'bench audit operator token',
    LOG_LEVEL: 'warn',
  });
  try {
    await audit.ready();
    const meter = new CpuMeter({ audit: audit.child.pid });
    let size = await logSize(httpPort);
    let first: { size: number; at: number; cpu: ReturnType<CpuMeter['sample']> } | undefined;
    let last = { size, at: performance.now(), cpu: meter.sample() };
    let lastProgress = performance.now();
    let reported = 0;
    while (performance.now() - lastProgress < SETTLED_MS) {
      await sleep(POLL_MS);
      if (audit.child.exitCode !== null) throw new Error(`the audit exited:\n${audit.output()}`);
      size = await logSize(httpPort);
      if (size === last.size) continue;
      first ??= last;
      last = { size, at: performance.now(), cpu: meter.sample() };
      lastProgress = last.at;
      if (size - reported >= 10_000) {
        reported = size;
        process.stderr.write(`\r  audit: ${size.toLocaleString('en-US')} entries appended`);
      }
    }
    process.stderr.write('\n');
    if (!first) throw new Error('the audit appended nothing');
    const cpu = CpuMeter.usage(first.cpu, last.cpu);
    const appends = histogramOf(await scrapeMetrics(httpPort), APPEND_SECONDS);
    return {
      appendBusyPct: Math.round((100_000 * appends.sum) / (last.at - first.at)),
      entriesPerAppend: Math.round(size / Math.max(1, appends.count)),
      entries: size,
      entriesPerS: ((last.size - first.size) * 1000) / (last.at - first.at),
      auditCpuPct: cpu['audit'] ?? Number.NaN,
      machineCpuPct: cpu['machine'] ?? Number.NaN,
    };
  } finally {
    await audit.stop();
    await schema.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
