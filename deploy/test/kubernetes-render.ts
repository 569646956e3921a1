// Renders a Kustomize overlay with `kubectl kustomize` (kustomize v5 inside kubectl 1.27+) into
// plain objects.
import { isRecord, parseYamlStream } from './repo';
import { runTool } from './tools';

export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  readonly spec?: Record<string, unknown>;
  readonly data?: Record<string, string>;
  readonly [field: string]: unknown;
}

/** Fails unless kubectl embeds kustomize v5 or later (the overlays use its syntax). */
export function requireKustomizeV5(): void {
  const run = runTool('kubectl', ['version', '--client']);
  const version = /Kustomize Version: v(\d+)/.exec(run.output)?.[1];
  if (run.status !== 0 || version === undefined || Number(version) < 5) {
    throw new Error(`kubectl with kustomize v5 or later is needed; found: ${run.output.trim()}`);
  }
}

export function renderOverlay(path: string): K8sObject[] {
  const run = runTool('kubectl', ['kustomize', path]);
  if (run.status !== 0) throw new Error(`kubectl kustomize ${path} failed:\n${run.output}`);
  return parseYamlStream(run.stdout, path).map((document, index) => {
    if (!isRecord(document) || typeof document['kind'] !== 'string' || !isRecord(document['metadata'])) {
      throw new Error(`${path}: object #${index} has no kind or metadata`);
    }
    return document as unknown as K8sObject;
  });
}

export const idOf = (object: K8sObject): string =>
  `${object.kind} ${object.metadata.namespace ?? '(cluster)'}/${object.metadata.name}`;

/** Whether a label selector's matchLabels (or a plain selector map) match a label set. */
export function selects(selector: unknown, labels: Record<string, string> | undefined): boolean {
  const wanted = isRecord(selector) && isRecord(selector['matchLabels']) ? selector['matchLabels'] : selector;
  if (!isRecord(wanted) || Object.keys(wanted).length === 0) return false;
  return Object.entries(wanted).every(([key, value]) => labels?.[key] === value);
}
