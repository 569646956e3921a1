// The live line of `npm start`: every 5 s, the events the register published, the router routed,
// the entries in the audit log, and per municipality system its residents, the events it applied
// and how far behind it is.
// Usage: tsx scripts/demo-events.ts <register token> <register http port> <router http port>
//          <audit http port> <Name=port>...
export {}; // a module: top-level await below

const [token = '', registerPort = '8091', routerPort = '8085', auditPort = '8086', ...systems] =
  process.argv.slice(2);

const sum = (counts: Record<string, number> | undefined): number =>
  Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

async function json<T>(url: string, bearer?: string): Promise<T | undefined> {
  try {
    const response = await fetch(url, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** The sum of a metric's series on a service's /metrics. */
async function metric(port: string, name: string): Promise<number | undefined> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    return text
      .split('\n')
      .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
      .reduce((total, line) => total + Number(line.split(' ').at(-1)), 0);
  } catch {
    return undefined;
  }
}

interface Changes {
  published?: Record<string, number>;
  pending?: number;
}
interface Stats {
  residents: number;
  events: { applied: Record<string, number>; duplicates: number; gaps: number; lagSeconds: number | null };
}

async function line(): Promise<string> {
  const changes = await json<Changes>(`http://127.0.0.1:${registerPort}/sild/changes`, token);
  const parts = [
    `published ${sum(changes?.published)} (pending ${changes?.pending ?? '?'})`,
    `routed ${(await metric(routerPort, 'sild_router_events_routed_total')) ?? '?'}`,
    `audited ${(await metric(auditPort, 'sild_audit_log_size_leaves')) ?? '?'}`,
  ];
  for (const system of systems) {
    const [name, port] = system.split('=');
    const stats = await json<Stats>(`http://127.0.0.1:${port ?? ''}/stats`);
    parts.push(
      stats
        ? `${name ?? ''}: ${stats.residents} residents, ${sum(stats.events.applied)} applied, lag ${(stats.events.lagSeconds ?? 0).toFixed(1)} s`
        : `${name ?? ''}: not answering`,
    );
  }
  return `${new Date().toISOString().slice(11, 19)}  ${parts.join(' | ')}`;
}

for (;;) {
  console.log(await line());
  await new Promise((resolve) => setTimeout(resolve, 5_000));
}
