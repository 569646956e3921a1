// `npm run bench [-- <scenario> ...]`: runs the scenarios in bench/scenarios/, prints a table
// per scenario and merges every figure into bench/results/latest.json.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTable, machine, type Metrics, type Scenario } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const resultsFile = join(here, 'results', 'latest.json');

async function loadScenarios(): Promise<Map<string, Scenario>> {
  const dir = join(here, 'scenarios');
  const scenarios = new Map<string, Scenario>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.scenario.ts'))
    .sort()) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default: Scenario };
    scenarios.set(module.default.name, module.default);
  }
  return scenarios;
}

const scenarios = await loadScenarios();
const wanted = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = wanted.filter((name) => !scenarios.has(name));
if (unknown.length > 0) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${[...scenarios.keys()].join(', ')}`);
  process.exit(2);
}

const results: Record<string, unknown> = existsSync(resultsFile)
  ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>)
  : {};
for (const scenario of wanted.length > 0
  ? wanted.map((name) => scenarios.get(name))
  : [...scenarios.values()]) {
  if (!scenario) continue;
  console.log(`\n## ${scenario.name}: ${scenario.description}\n`);
  const { metrics, table } = await scenario.run();
  const rows = table ?? { columns: ['metric', 'value'], rows: Object.entries(metrics) };
  console.log(formatTable(rows));
  results[scenario.name] = metrics satisfies Metrics;
}
results.machine = machine();
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${resultsFile}`);
