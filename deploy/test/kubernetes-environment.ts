// The environment each rendered container gets, against the variables its app reads.
import type { IContainer } from 'kubernetes-models/v1/Container';
import { unknownVariables } from './app-variables';
import { appOfImage, inNamespace, podOf } from './kubernetes-policy';
import { idOf, type K8sObject } from './kubernetes-render';
import { existingApps } from './repo';

/** The environment of a container: the keys of its ConfigMaps, then its env entries. */
export function containerEnvironment(
  objects: readonly K8sObject[],
  deployment: K8sObject,
  container: IContainer,
): Map<string, string> {
  const environment = new Map<string, string>();
  for (const source of container.envFrom ?? []) {
    const map = inNamespace(objects, 'ConfigMap', deployment.metadata.namespace).find(
      (c) => c.metadata.name === source.configMapRef?.name,
    );
    for (const [key, value] of Object.entries(map?.data ?? {})) environment.set(key, value);
  }
  for (const entry of container.env ?? []) environment.set(entry.name, entry.value ?? '(from a reference)');
  return environment;
}

/** Variables an app does not read, and containers of no app in apps/. */
export function environmentViolations(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
    for (const container of podOf(deployment).spec.containers) {
      const app = appOfImage(container.image ?? '');
      const environment = containerEnvironment(objects, deployment, container);
      const where = `${idOf(deployment)} (${app})`;
      // a variable only used in another's value, $(POD_NAME), is Kubernetes', not the app's
      const helpers = new Set(
        [...environment.values()].flatMap((value) =>
          [...value.matchAll(/\$\((\w+)\)/g)].map(([, name = '']) => name),
        ),
      );
      if (!existingApps().includes(app)) {
        problems.push(`${where}: ${app} is not an app of apps/`);
        continue;
      }
      const unknown = unknownVariables(
        app,
        [...environment.keys()].filter((name) => !helpers.has(name)),
      );
      if (unknown.length > 0) problems.push(`${where}: ${app} does not read ${unknown.join(', ')}`);
    }
  }
  return problems;
}
