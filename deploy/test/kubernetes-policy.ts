// Sild's own rules for rendered manifests; each function returns the violations it finds.
import type { IDeploymentSpec } from 'kubernetes-models/apps/v1/DeploymentSpec';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { idOf, selects, type K8sObject } from './kubernetes-render';
import { isRecord } from './repo';

/** ConfigMaps the operator creates per namespace (public data): referenced, never rendered. */
const EXTERNAL_CONFIG_MAPS = new Set(['sild-anchor']);
const AUTOSCALED_APPS = new Set(['router', 'gateway', 'audit']);

export const podOf = (deployment: K8sObject): { labels: Record<string, string>; spec: IPodSpec } => {
  const { template } = deployment.spec as unknown as IDeploymentSpec;
  return { labels: template.metadata?.labels ?? {}, spec: template.spec ?? { containers: [] } };
};

export const appOfImage = (image: string): string => /^sild\/([a-z-]+):/.exec(image)?.[1] ?? '';

export const inNamespace = (objects: readonly K8sObject[], kind: string, namespace: string | undefined) =>
  objects.filter((o) => o.kind === kind && o.metadata.namespace === namespace);

function containerProblems(container: IContainer, pod: IPodSpec, at: string): string[] {
  const problems: string[] = [];
  const podSecurity = pod.securityContext ?? {};
  const security = container.securityContext ?? {};
  if (container.livenessProbe?.httpGet?.path !== '/healthz')
    problems.push(`${at}: no liveness probe on /healthz`);
  if (container.readinessProbe?.httpGet?.path !== '/readyz')
    problems.push(`${at}: no readiness probe on /readyz`);
  for (const kind of ['requests', 'limits'] as const) {
    for (const resource of ['cpu', 'memory']) {
      if (container.resources?.[kind]?.[resource] === undefined)
        problems.push(`${at}: no ${resource} ${kind}`);
    }
  }
  if ((security.runAsNonRoot ?? podSecurity.runAsNonRoot) !== true) problems.push(`${at}: not runAsNonRoot`);
  if (security.readOnlyRootFilesystem !== true) problems.push(`${at}: root filesystem is writable`);
  if (security.allowPrivilegeEscalation !== false) problems.push(`${at}: allows privilege escalation`);
  if (!security.capabilities?.drop?.includes('ALL')) problems.push(`${at}: keeps capabilities`);
  const seccomp = security.seccompProfile?.type ?? podSecurity.seccompProfile?.type;
  if (seccomp !== 'RuntimeDefault') problems.push(`${at}: seccomp profile is not RuntimeDefault`);
  const image = container.image ?? '';
  if (!/^sild\/[a-z-]+:[\w.-]+$/.test(image) || image.endsWith(':latest')) {
    problems.push(`${at}: image ${image} is not sild/<app>:<pinned tag>`);
  }
  return problems;
}

/** Probes, resources and a locked-down security context for every container of a Deployment. */
export function containerViolations(deployment: K8sObject): string[] {
  const { spec } = podOf(deployment);
  const where = idOf(deployment);
  const problems: string[] = [];
  if (spec.automountServiceAccountToken !== false) problems.push(`${where}: mounts a service account token`);
  if (!spec.serviceAccountName) problems.push(`${where}: no serviceAccountName`);
  for (const container of spec.containers) {
    problems.push(...containerProblems(container, spec, `${where} container ${container.name}`));
  }
  return problems;
}

/**
 * The signing key file of each app that signs. On Kubernetes each comes from a Secret: the audit
 * would otherwise create its log key in the pod, a different one per replica and per restart,
 * and its checkpoints would no longer verify.
 */
const SIGNING_KEY_FILES: Readonly<Record<string, string>> = {
  registry: 'REGISTRY_KEY_FILE',
  gateway: 'GATEWAY_KEY_FILE',
  audit: 'AUDIT_LOG_KEY_FILE',
};

/** Each signing key file is set and lies in a read-only mount of a (non-optional) Secret holding it. */
export function signingKeyViolations(deployment: K8sObject): string[] {
  const { spec } = podOf(deployment);
  const problems: string[] = [];
  for (const container of spec.containers) {
    const variable = SIGNING_KEY_FILES[appOfImage(container.image ?? '')];
    if (variable === undefined) continue;
    const at = `${idOf(deployment)} container ${container.name}: ${variable}`;
    const path = container.env?.find((entry) => entry.name === variable)?.value;
    if (!path) {
      problems.push(`${at} is not set`);
      continue;
    }
    const [mount] = (container.volumeMounts ?? [])
      .filter((m) => path.startsWith(`${m.mountPath.replace(/\/$/, '')}/`))
      .sort((a, b) => b.mountPath.length - a.mountPath.length);
    const secret = spec.volumes?.find((volume) => volume.name === mount?.name)?.secret;
    if (!mount || !secret) {
      problems.push(`${at} ${path} is not in a Secret volume`);
      continue;
    }
    const file = path.slice(mount.mountPath.replace(/\/$/, '').length + 1);
    if (mount.readOnly !== true) problems.push(`${at}: the Secret volume is mounted writable`);
    if (secret.optional === true) problems.push(`${at}: Secret ${String(secret.secretName)} is optional`);
    if (secret.items && !secret.items.some((item) => item.path === file))
      problems.push(`${at}: the volume of Secret ${String(secret.secretName)} has no ${file}`);
  }
  return problems;
}

function configMapNames(spec: IPodSpec): string[] {
  const fromEnv = spec.containers.flatMap((c) => (c.envFrom ?? []).map((e) => e.configMapRef?.name));
  const fromVolumes = (spec.volumes ?? []).map((v) => v.configMap?.name);
  return [...fromEnv, ...fromVolumes].filter((name): name is string => typeof name === 'string');
}

const scrapes = (monitor: K8sObject, service: K8sObject): boolean =>
  selects(monitor.spec?.['selector'], service.metadata.labels) &&
  (monitor.spec?.['endpoints'] as { port: string }[]).every((endpoint) =>
    (service.spec?.['ports'] as { name: string }[]).some((port) => port.name === endpoint.port),
  );

/** Every Deployment has a PDB, a Service, a ServiceMonitor scraping it, its ServiceAccount and ConfigMaps. */
export function coverageViolations(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  if (objects.some((o) => o.kind === 'Secret'))
    problems.push('a Secret is rendered: secret values stay out of git');
  for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
    const ns = deployment.metadata.namespace;
    const of = (kind: string) => inNamespace(objects, kind, ns);
    const { labels, spec } = podOf(deployment);
    const where = idOf(deployment);
    if (!of('PodDisruptionBudget').some((pdb) => selects(pdb.spec?.['selector'], labels))) {
      problems.push(`${where}: no PodDisruptionBudget`);
    }
    const services = of('Service').filter((s) => selects(s.spec?.['selector'], labels));
    if (services.length === 0) problems.push(`${where}: no Service`);
    if (!services.some((service) => of('ServiceMonitor').some((monitor) => scrapes(monitor, service)))) {
      problems.push(`${where}: no ServiceMonitor scrapes its Service`);
    }
    if (!of('ServiceAccount').some((sa) => sa.metadata.name === spec.serviceAccountName)) {
      problems.push(`${where}: ServiceAccount ${String(spec.serviceAccountName)} is not rendered`);
    }
    for (const name of configMapNames(spec)) {
      if (!EXTERNAL_CONFIG_MAPS.has(name) && !of('ConfigMap').some((c) => c.metadata.name === name)) {
        problems.push(`${where}: ConfigMap ${name} is not rendered`);
      }
    }
    const scaled = of('HorizontalPodAutoscaler').some(
      (h) =>
        isRecord(h.spec?.['scaleTargetRef']) && h.spec['scaleTargetRef']['name'] === deployment.metadata.name,
    );
    if (AUTOSCALED_APPS.has(labels['app.kubernetes.io/name'] ?? '') && !scaled) {
      problems.push(`${where}: no HorizontalPodAutoscaler`);
    }
  }
  for (const hpa of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
    const target = (hpa.spec?.['scaleTargetRef'] as { name: string }).name;
    if (!inNamespace(objects, 'Deployment', hpa.metadata.namespace).some((d) => d.metadata.name === target)) {
      problems.push(`${idOf(hpa)}: scales ${target}, which is not rendered`);
    }
  }
  return problems;
}

const denyAll = (policy: K8sObject): boolean =>
  isRecord(policy.spec?.['podSelector']) &&
  Object.keys(policy.spec['podSelector']).length === 0 &&
  JSON.stringify(policy.spec['policyTypes']) === '["Ingress","Egress"]' &&
  policy.spec['ingress'] === undefined &&
  policy.spec['egress'] === undefined;

/** Each namespace that runs Sild pods denies all traffic but what its policies allow. */
export function networkViolations(objects: readonly K8sObject[]): string[] {
  const namespaces = new Set(objects.filter((o) => o.kind === 'Deployment').map((d) => d.metadata.namespace));
  return [...namespaces]
    .filter((ns) => !inNamespace(objects, 'NetworkPolicy', ns).some(denyAll))
    .map((ns) => `namespace ${String(ns)}: no default-deny NetworkPolicy`);
}
