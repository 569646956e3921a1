// Every overlay of deploy/kubernetes renders with `kubectl kustomize` and its objects pass the
// Kubernetes (and Strimzi, prometheus-operator) schemas and Sild's own rules.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditUserViolations,
  declaredTopicUserViolations,
  gatewayUserViolations,
  topicViolations,
} from './kafka-resources';
import { environmentViolations } from './kubernetes-environment';
import {
  containerViolations,
  coverageViolations,
  networkViolations,
  signingKeyViolations,
} from './kubernetes-policy';
import { idOf, renderOverlay, requireKustomizeV5, type K8sObject } from './kubernetes-render';
import { validateObject } from './kubernetes-schemas';

const OVERLAYS = ['dev', 'production'];

beforeAll(() => {
  requireKustomizeV5();
});

describe.each(OVERLAYS)('kubernetes overlay %s', (overlay) => {
  let objects: K8sObject[] = [];
  beforeAll(() => {
    objects = renderOverlay(`deploy/kubernetes/overlays/${overlay}`);
  });

  it('renders the platform, the organisations and their Kafka resources', () => {
    const kinds = new Set(objects.map((o) => o.kind));
    for (const kind of [
      'Deployment',
      'Service',
      'PodDisruptionBudget',
      'HorizontalPodAutoscaler',
      'NetworkPolicy',
    ]) {
      expect(kinds, overlay).toContain(kind);
    }
    for (const kind of [
      'ServiceAccount',
      'ConfigMap',
      'ServiceMonitor',
      'KafkaTopic',
      'KafkaUser',
      'Namespace',
    ]) {
      expect(kinds, overlay).toContain(kind);
    }
    const apps = new Set(
      objects
        .filter((o) => o.kind === 'Deployment')
        .map((d) => d.metadata.labels?.['app.kubernetes.io/name']),
    );
    for (const app of ['registry', 'signer', 'gateway', 'router', 'audit']) expect(apps).toContain(app);
    const ids = objects.map(idOf);
    expect(new Set(ids).size, 'an object is rendered twice').toBe(ids.length);
  });

  it('passes the schemas of every object', () => {
    const problems = objects.flatMap((object) => {
      try {
        validateObject(object);
        return [];
      } catch (error) {
        return [error instanceof Error ? error.message : String(error)];
      }
    });
    expect(problems).toEqual([]);
  });

  it('gives every container probes, requests and limits, and a locked-down security context', () => {
    expect(objects.filter((o) => o.kind === 'Deployment').flatMap(containerViolations)).toEqual([]);
  });

  it('gives every Deployment a PDB, a Service, a ServiceMonitor, its account and config; autoscales router, gateways and audit', () => {
    expect(coverageViolations(objects)).toEqual([]);
  });

  it('mounts every signing key read-only from a Secret (never made in the pod)', () => {
    const deployments = objects.filter((o) => o.kind === 'Deployment');
    expect(deployments.flatMap(signingKeyViolations)).toEqual([]);
  });

  it('denies all traffic in each namespace but what a policy allows', () => {
    expect(networkViolations(objects)).toEqual([]);
  });

  it('sets only variables the apps read', () => {
    expect(environmentViolations(objects)).toEqual([]);
  });

  it('declares the platform topics as the services do', () => {
    expect(topicViolations(objects, 'NL')).toEqual([]);
  });

  it('lets each service describe the platform topics it declares and their settings', () => {
    expect(declaredTopicUserViolations(objects, 'NL')).toEqual([]);
  });

  it('lets the audit read every topic it logs and write only its checkpoints', () => {
    expect(auditUserViolations(objects, 'NL')).toEqual([]);
  });

  it("lets each organisation's gateway read and consume only its own topics", () => {
    expect(
      objects.filter(
        (o) => o.kind === 'KafkaUser' && o.metadata.labels?.['app.kubernetes.io/name'] === 'gateway',
      ).length,
    ).toBeGreaterThanOrEqual(2);
    expect(gatewayUserViolations(objects)).toEqual([]);
  });
});
