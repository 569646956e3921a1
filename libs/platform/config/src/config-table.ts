import type { EnvVar } from './env-var';
import { describeConfig, type ConfigSchema } from './load-config';

const isEmptyBuffer = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (value as { type?: unknown }).type === 'Buffer' &&
  Array.isArray((value as { data?: unknown }).data) &&
  (value as { data: unknown[] }).data.length === 0;

/** The default of a variable as an operator reads it: `required`, `empty`, or the value. */
export function defaultOf(variable: EnvVar<unknown>): string {
  if (variable.defaultText === undefined) return 'required';
  const value: unknown = JSON.parse(variable.defaultText);
  if (value === '' || isEmptyBuffer(value) || (Array.isArray(value) && value.length === 0)) return 'empty';
  const text = Array.isArray(value) ? value.map(String).join(',') : String(value);
  return `\`${text}\``;
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * A Markdown table of every variable of a schema (variable, default, meaning), in schema order,
 * each variable once; secrets are marked. Generated documentation cannot drift from the code.
 */
export function configTable(schema: ConfigSchema): string {
  const seen = new Set<string>();
  const rows = describeConfig(schema)
    .filter((variable) => !seen.has(variable.name) && seen.add(variable.name))
    .map((variable) => {
      const marked = variable.secret && !/\bsecret\b/.test(variable.description);
      const meaning = `${variable.description}${marked ? ' (secret)' : ''}`;
      return `| \`${variable.name}\` | ${cell(defaultOf(variable))} | ${cell(meaning)} |`;
    });
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
