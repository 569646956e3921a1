// The Grafana dashboard is valid JSON whose panels query metrics the services expose, or that the
// alert rules list as expected (by name, for the services that do not expose them yet).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText, repoPath } from './repo';

interface Panel {
  readonly type: string;
  readonly title: string;
  readonly gridPos: { h: number; w: number; x: number; y: number };
  readonly targets?: { expr: string }[];
}

const dashboard = JSON.parse(readText('deploy/grafana/sild-overview.json')) as {
  uid: string;
  panels: Panel[];
};

function sourceFiles(dir: string): string[] {
  return readdirSync(repoPath(dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('Grafana dashboard (deploy/grafana)', () => {
  it('has panels inside the 24-column grid, each with a title and a query', () => {
    expect(dashboard.uid).toBe('sild-overview');
    const panels = dashboard.panels.filter((panel) => panel.type !== 'row');
    expect(panels.length).toBeGreaterThan(10);
    for (const panel of panels) {
      expect(panel.title).toBeTruthy();
      expect(panel.gridPos.x + panel.gridPos.w, panel.title).toBeLessThanOrEqual(24);
      expect(panel.targets?.length, panel.title).toBeGreaterThan(0);
    }
  });

  it('queries only metrics the code exposes or the alert rules announce', () => {
    const code = ['libs', 'apps'].flatMap(sourceFiles).map(readText).join('\n');
    const announced = readText('deploy/prometheus/sild.rules.yaml');
    const queried = new Set(
      dashboard.panels
        .flatMap((panel) => panel.targets ?? [])
        .flatMap(({ expr }) =>
          [...expr.matchAll(/\b(sild_[a-z_]+?)(?:_bucket)?\b/g)].map(([, name = '']) => name),
        ),
    );
    expect(queried.size).toBeGreaterThan(10);
    for (const name of queried) {
      expect(
        code.includes(`'${name}'`) || new RegExp(`^#\\s+${name}[\\s{]`, 'm').test(announced),
        `${name} is neither exposed nor announced`,
      ).toBe(true);
    }
  });
});
