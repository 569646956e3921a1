// Paths and files of the repository, for the static checks of deploy/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '../..');

export const repoPath = (...parts: string[]): string => join(ROOT, ...parts);

export const readText = (path: string): string => readFileSync(repoPath(path), 'utf8');

export const exists = (path: string): boolean => existsSync(repoPath(path));

/** One YAML document (merge keys `<<` resolved, as Docker Compose does). */
export const readYaml = (path: string): unknown => parseYaml(readText(path), path);

export function parseYaml(text: string, source: string): unknown {
  try {
    return parse(text, { merge: true, strict: true, uniqueKeys: true });
  } catch (error) {
    throw new Error(`${source}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Every document of a multi-document YAML stream (kubectl kustomize output). */
export function parseYamlStream(text: string, source: string): unknown[] {
  return parseAllDocuments(text).map((document, index) => {
    if (document.errors.length > 0) throw new Error(`${source} #${index}: ${document.errors[0]?.message}`);
    return document.toJS() as unknown;
  });
}

/** The folders of apps/ that exist today. */
export const existingApps = (): string[] =>
  readdirSync(repoPath('apps'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
