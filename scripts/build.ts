// Compiles one app and the libs to dist/<app root>/ with SWC, keeping the source tree's layout so
// runtime assets (SQL migrations, .proto files) sit where the code expects them. Path aliases
// (@sild/...) become relative imports with .js extensions, so the output runs with plain Node:
//   node dist/apps/registry/apps/registry/src/main.js
// Each app's output is self-contained (its code, the libs, proto/): a container image copies one
// folder plus node_modules. Decorators and their metadata are compiled as NestJS needs.
// Usage: tsx scripts/build.ts apps/<app>      (what every app's `build` target runs)
import { transformFile, type Options } from '@swc/core';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const app = process.argv[2];
if (!app || !/^apps\/[a-z0-9-]+$/.test(app)) {
  console.error('usage: tsx scripts/build.ts apps/<app>');
  process.exit(2);
}
const out = join(root, 'dist', app);
const sourceDirs = [app, 'libs'];
const assetPattern = /\.(sql|proto|json)$|\/generated\/.*\.js$/;
const skipPattern = /\.(spec|integration-spec|e2e-spec)\.ts$|\.d\.ts$|\/(testing|testing\.ts)|\.fixture\.ts$/;

const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

const options: Options = {
  swcrc: false,
  sourceMaps: true,
  jsc: {
    target: 'es2023',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    baseUrl: root,
    paths: tsconfig.compilerOptions.paths,
  },
  module: { type: 'es6', resolveFully: true },
};

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* files(path);
    } else yield path;
  }
}

rmSync(out, { recursive: true, force: true });
let compiled = 0;
let copied = 0;
for (const dir of sourceDirs) {
  for (const path of files(join(root, dir))) {
    const rel = relative(root, path);
    const target = join(out, rel);
    if (path.endsWith('.ts') && !skipPattern.test(rel)) {
      const result = await transformFile(path, { ...options, filename: path, outputPath: target });
      mkdirSync(dirname(target), { recursive: true });
      const js = target.replace(/\.ts$/, '.js');
      writeFileSync(js, `${result.code}\n//# sourceMappingURL=${relative(dirname(js), `${js}.map`)}\n`);
      if (result.map) writeFileSync(`${js}.map`, result.map);
      compiled += 1;
    } else if (assetPattern.test(rel) && !rel.endsWith('project.json') && !rel.endsWith('tsconfig.json')) {
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
      copied += 1;
    }
  }
}
cpSync(join(root, 'proto'), join(out, 'proto'), { recursive: true });
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
writeFileSync(
  join(out, 'package.json'),
  JSON.stringify({ name, version, type: 'module', private: true }, null, 2),
);
console.log(
  `build: ${compiled} modules compiled, ${copied} assets copied, proto/ copied -> ${relative(root, out)}/`,
);
