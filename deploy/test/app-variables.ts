// The environment variables an app reads, found in its code: every quoted UPPER_SNAKE name in
// the files its main.ts reaches through relative imports and @sild/* path aliases (env.string(
// 'GRPC_PORT', ...), process.env['X'], the CLI's settings table). Manifests may set only these,
// the OpenTelemetry SDK's OTEL_* and Node's NODE_OPTIONS.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readText, repoPath, ROOT } from './repo';

const IMPORT = /(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\s+'([^']+)'|import\('([^']+)'\)/g;
const NAME = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g;
const TEST_FILE = /\.(spec|integration-spec|e2e-spec)\.ts$|\/testing(\.ts|\/)|\.fixture\.ts$/;

const aliases = (): Map<string, string> => {
  const { compilerOptions } = JSON.parse(readText('tsconfig.json')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return new Map(Object.entries(compilerOptions.paths).map(([alias, [target = '']]) => [alias, target]));
};

function resolveImport(from: string, specifier: string, paths: Map<string, string>): string | undefined {
  if (specifier.startsWith('.')) {
    const base = join(dirname(from), specifier).replace(/\.js$/, '');
    return [`${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(repoPath(path)));
  }
  return paths.get(specifier);
}

export function appVariables(app: string): Set<string> {
  const paths = aliases();
  const seen = new Set<string>();
  const names = new Set<string>();
  const queue = [relative(ROOT, repoPath('apps', app, 'src', 'main.ts'))];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || TEST_FILE.test(file)) continue;
    seen.add(file);
    const text = readText(file);
    for (const [, name = ''] of text.matchAll(NAME)) names.add(name);
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? match[3] ?? '', paths);
      if (target !== undefined) queue.push(target);
    }
  }
  if (seen.size < 2) throw new Error(`apps/${app}/src/main.ts reaches no code: is the app there?`);
  return names;
}

export const isExternalVariable = (name: string): boolean =>
  name.startsWith('OTEL_') || name === 'NODE_OPTIONS';

/** Variables in `names` that the app does not read. */
export function unknownVariables(app: string, names: Iterable<string>): string[] {
  const known = appVariables(app);
  return [...names].filter((name) => !known.has(name) && !isExternalVariable(name));
}

/** The default HTTP port of an app: the argument of serviceConfigSchema(<port>) in its config. */
export function defaultHttpPort(app: string): number {
  const file = `apps/${app}/src/${app}.config.ts`;
  const match = /serviceConfigSchema\((\d[\d_]*)\)/.exec(readText(file));
  if (!match?.[1]) throw new Error(`${file}: no serviceConfigSchema(<port>)`);
  return Number(match[1].replace(/_/g, ''));
}
