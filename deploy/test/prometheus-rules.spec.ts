// The alert rules pass promtool's checks and unit tests, and every alert has its runbook.
import { describe, expect, it } from 'vitest';
import { isRecord, readText, readYaml } from './repo';
import { runTool } from './tools';

const RULES = 'deploy/prometheus/sild.rules.yaml';
const TESTS = 'deploy/prometheus/sild.rules.test.yaml';

interface AlertRule {
  readonly alert: string;
  readonly annotations: Record<string, string>;
  readonly labels: Record<string, string>;
}

function alertRules(): AlertRule[] {
  const file = readYaml(RULES);
  if (!isRecord(file) || !Array.isArray(file['groups'])) throw new Error(`${RULES}: no groups`);
  return file['groups'].flatMap((group: unknown) =>
    isRecord(group) && Array.isArray(group['rules']) ? (group['rules'] as AlertRule[]) : [],
  );
}

/** GitHub's heading anchor: lower case, spaces to dashes, punctuation dropped. */
const anchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

describe('Prometheus alert rules (deploy/prometheus)', () => {
  it('pass promtool check rules', () => {
    const run = runTool('promtool', ['check', 'rules', RULES]);
    expect(run.status, run.output).toBe(0);
  });

  it('pass their promtool unit tests', () => {
    const run = runTool('promtool', ['test', 'rules', TESTS]);
    expect(run.status, run.output).toBe(0);
  });

  it('name a severity, a summary and a runbook section of docs/operations.md for every alert', () => {
    const headings = new Set(
      [...readText('docs/operations.md').matchAll(/^#{2,4} (.+)$/gm)].map(([, text = '']) => anchor(text)),
    );
    const rules = alertRules();
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(['warning', 'critical'], rule.alert).toContain(rule.labels['severity']);
      expect(rule.annotations['summary'], rule.alert).toBeTruthy();
      expect(rule.annotations['runbook_url'], rule.alert).toBe(
        `docs/operations.md#${rule.alert.toLowerCase()}`,
      );
      expect(headings, `docs/operations.md has no section "${rule.alert}"`).toContain(
        rule.alert.toLowerCase(),
      );
    }
  });

  it('test every alert in the unit tests', () => {
    const tested = new Set([...readText(TESTS).matchAll(/alertname: (\w+)/g)].map(([, name = '']) => name));
    for (const rule of alertRules())
      expect(tested, `${rule.alert} has no promtool test`).toContain(rule.alert);
  });
});
