// The Dockerfile (one image per app: build-arg APP, targets `service` and `cli`) checked without a
// Docker engine: Node 24 base, non-root user, health check, what it copies exists and is in the
// build context, and the health check's default ports are the apps'.
import { describe, expect, it } from 'vitest';
import { defaultHttpPort } from './app-variables';
import { effective, isIgnored, parseDockerfile, stageChain } from './dockerfile';
import { existingApps, exists, readText } from './repo';

const dockerfile = parseDockerfile(readText('Dockerfile'));
const dockerignore = readText('.dockerignore');
const RUNTIME_TARGETS = ['service', 'cli'];

describe('Dockerfile', () => {
  it('builds every stage on Node 24 (the NODE_IMAGE default) or on an earlier stage', () => {
    expect(dockerfile.globalArgs.get('NODE_IMAGE')).toMatch(/^node:24[.-]/);
    const names = new Set<string>();
    for (const stage of dockerfile.stages) {
      expect(
        stage.from === '${NODE_IMAGE}' || names.has(stage.from),
        `${stage.name} FROM ${stage.from}`,
      ).toBe(true);
      names.add(stage.name);
    }
  });

  it('runs the service and cli targets as an unprivileged numeric user', () => {
    for (const target of RUNTIME_TARGETS) {
      const user = effective(dockerfile, target, 'USER');
      expect(user, `${target} has no USER`).toMatch(/^[1-9]\d*(:[1-9]\d*)?$/);
    }
  });

  it('has a health check on the service target and none on the cli', () => {
    expect(effective(dockerfile, 'service', 'HEALTHCHECK')).toMatch(/CMD .*healthcheck\.mjs/);
    expect(effective(dockerfile, 'cli', 'HEALTHCHECK')).toBe('NONE');
  });

  it('compiles with scripts/build.ts and ships only production dependencies', () => {
    const runs = (stage: string) =>
      stageChain(dockerfile, stage)
        .flatMap((s) => s.instructions)
        .filter((i) => i.keyword === 'RUN')
        .map((i) => i.args)
        .join('\n');
    expect(runs('build')).toContain('scripts/build.ts "apps/${APP}"');
    expect(runs('prod-deps')).toContain('npm ci --omit=dev');
    const copies = stageChain(dockerfile, 'service')
      .flatMap((s) => s.instructions)
      .filter((i) => i.keyword === 'COPY' && i.args.includes('node_modules'));
    expect(copies.map((i) => i.args)).toEqual(['--from=prod-deps /src/node_modules node_modules']);
  });

  it('copies only files that exist and that the build context includes', () => {
    const sources = dockerfile.stages
      .flatMap((stage) => stage.instructions)
      .filter((i) => i.keyword === 'COPY' && !i.args.startsWith('--from'))
      .flatMap((i) =>
        i.args
          .split(/\s+/)
          .filter((word) => !word.startsWith('--'))
          .slice(0, -1),
      );
    expect(sources).toContain('package-lock.json');
    for (const source of sources) {
      expect(exists(source), `${source} does not exist`).toBe(true);
      expect(isIgnored(dockerignore, source), `.dockerignore leaves out ${source}`).toBe(false);
    }
    for (const heavy of ['node_modules', '.git', '.data', 'dist', 'apps/gateway/node_modules']) {
      expect(isIgnored(dockerignore, heavy), `.dockerignore should leave out ${heavy}`).toBe(true);
    }
  });

  it('health-checks each app on its default HTTP port when HTTP_PORT is unset', () => {
    const table =
      /DEFAULT_HTTP_PORTS = \{([^}]+)\}/.exec(readText('deploy/docker/healthcheck.mjs'))?.[1] ?? '';
    const ports = new Map(
      [...table.matchAll(/'?([a-z-]+)'?: (\d+)/g)].map(([, app = '', port = '']) => [app, Number(port)]),
    );
    for (const app of existingApps().filter((name) => name !== 'cli')) {
      expect(ports.get(app), app).toBe(defaultHttpPort(app));
    }
  });
});
