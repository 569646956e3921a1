/** How a command prints: JSON for machines (--json), aligned tables and lines for people. */
export interface Output {
  readonly json: boolean;
  /** One result object: JSON, or `key: value` lines. */
  record(value: Record<string, unknown>): void;
  /** Rows: JSON array, or an aligned table with the given columns. */
  table(rows: readonly Record<string, unknown>[], columns: readonly string[]): void;
  /** A line for people; nothing in JSON mode (keeps stdout parseable). */
  note(text: string): void;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return value.toString();
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

const jsonReplacer = (_key: string, value: unknown): unknown =>
  value instanceof Uint8Array ||
  (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Buffer')
    ? Buffer.from(value instanceof Uint8Array ? value : (value as { data: number[] }).data).toString('base64')
    : value;

export function createOutput(
  json: boolean,
  write: (text: string) => void = (t) => process.stdout.write(t),
): Output {
  return {
    json,
    record(value) {
      if (json) {
        write(`${JSON.stringify(value, jsonReplacer, 2)}\n`);
        return;
      }
      const width = Math.max(...Object.keys(value).map((k) => k.length));
      for (const [key, v] of Object.entries(value)) write(`${key.padEnd(width)}  ${cell(v)}\n`);
    },
    table(rows, columns) {
      if (json) {
        write(`${JSON.stringify(rows, jsonReplacer, 2)}\n`);
        return;
      }
      if (rows.length === 0) {
        write('(none)\n');
        return;
      }
      const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
      const line = (values: string[]) =>
        `${values
          .map((v, i) => v.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd()}\n`;
      write(line(columns.map((c) => c.toUpperCase())));
      for (const row of rows) write(line(columns.map((c) => cell(row[c]))));
    },
    note(text) {
      if (!json) write(`${text}\n`);
    },
  };
}
