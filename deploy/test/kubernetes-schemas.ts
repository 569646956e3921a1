// Schema validation of rendered objects: the Kubernetes API schemas of kubernetes-models and
// prometheus-operator's, and for Strimzi's KafkaTopic and KafkaUser (no npm package carries their
// schemas) the subset of their v1beta2 CRDs that Sild uses, with every other field refused.
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, PersistentVolumeClaim, Service, ServiceAccount } from 'kubernetes-models/v1';
import { idOf, type K8sObject } from './kubernetes-render';
import { isRecord } from './repo';

interface Model {
  validate(): void;
}
type ModelClass = new (data: never) => Model;

const MODELS: Record<string, ModelClass> = {
  'v1/Namespace': Namespace,
  'v1/ServiceAccount': ServiceAccount,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor,
};

const DNS_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;
const OPERATIONS = ['Read', 'Write', 'Create', 'Delete', 'Alter', 'Describe', 'ClusterAction'];
const ACL_OPERATIONS = new Set([...OPERATIONS, 'AlterConfigs', 'DescribeConfigs', 'IdempotentWrite', 'All']);

function only(value: unknown, where: string, allowed: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${where}: not an object`);
  const extra = Object.keys(value).filter((key) => !allowed.includes(key));
  if (extra.length > 0) throw new Error(`${where}: unknown fields ${extra.join(', ')}`);
  return value;
}

function strimziMetadata(object: K8sObject): void {
  only(object, idOf(object), ['apiVersion', 'kind', 'metadata', 'spec']);
  if (!DNS_NAME.test(object.metadata.name)) throw new Error(`${idOf(object)}: name is not a DNS name`);
  if (!object.metadata.labels?.['strimzi.io/cluster'])
    throw new Error(`${idOf(object)}: no strimzi.io/cluster label`);
}

function kafkaTopic(object: K8sObject): void {
  strimziMetadata(object);
  const spec = only(object.spec, `${idOf(object)} spec`, ['topicName', 'partitions', 'replicas', 'config']);
  if (typeof spec['topicName'] !== 'string' || !TOPIC_NAME.test(spec['topicName'])) {
    throw new Error(`${idOf(object)}: topicName is not a Kafka topic name`);
  }
  for (const field of ['partitions', 'replicas']) {
    const count = spec[field];
    if (count !== undefined && !(Number.isInteger(count) && (count as number) >= 1)) {
      throw new Error(`${idOf(object)}: ${field} must be a positive integer`);
    }
  }
  const config = spec['config'] ?? {};
  if (
    !isRecord(config) ||
    Object.values(config).some((v) => !['string', 'number', 'boolean'].includes(typeof v))
  ) {
    throw new Error(`${idOf(object)}: config values must be strings, numbers or booleans`);
  }
}

function aclRule(rule: unknown, where: string): void {
  const acl = only(rule, where, ['type', 'resource', 'operations', 'host']);
  if (acl['type'] !== undefined && acl['type'] !== 'allow' && acl['type'] !== 'deny') {
    throw new Error(`${where}: type must be allow or deny`);
  }
  const resource = only(acl['resource'], `${where} resource`, ['type', 'name', 'patternType']);
  const type = typeof resource['type'] === 'string' ? resource['type'] : '';
  if (!['topic', 'group', 'cluster', 'transactionalId'].includes(type))
    throw new Error(`${where}: resource type "${type}"`);
  if (type !== 'cluster' && typeof resource['name'] !== 'string')
    throw new Error(`${where}: no resource name`);
  const patternType = resource['patternType'];
  if (patternType !== undefined && patternType !== 'literal' && patternType !== 'prefix') {
    throw new Error(`${where}: patternType must be literal or prefix`);
  }
  const operations: unknown = acl['operations'];
  if (
    !Array.isArray(operations) ||
    operations.length === 0 ||
    operations.some((op) => typeof op !== 'string' || !ACL_OPERATIONS.has(op))
  ) {
    throw new Error(`${where}: operations must be a non-empty list of ${[...ACL_OPERATIONS].join(', ')}`);
  }
}

function kafkaUser(object: K8sObject): void {
  strimziMetadata(object);
  const spec = only(object.spec, `${idOf(object)} spec`, ['authentication', 'authorization', 'quotas']);
  const authentication = only(spec['authentication'], `${idOf(object)} authentication`, ['type']);
  if (!['tls', 'tls-external', 'scram-sha-512'].includes(String(authentication['type']))) {
    throw new Error(`${idOf(object)}: authentication type must be tls, tls-external or scram-sha-512`);
  }
  const authorization = only(spec['authorization'], `${idOf(object)} authorization`, ['type', 'acls']);
  if (authorization['type'] !== 'simple' || !Array.isArray(authorization['acls'])) {
    throw new Error(`${idOf(object)}: authorization must be simple with acls`);
  }
  authorization['acls'].forEach((rule: unknown, index) => {
    aclRule(rule, `${idOf(object)} acl #${index}`);
  });
}

const STRIMZI: Record<string, (object: K8sObject) => void> = {
  'kafka.strimzi.io/v1beta2/KafkaTopic': kafkaTopic,
  'kafka.strimzi.io/v1beta2/KafkaUser': kafkaUser,
};

/** Throws with the object's id and the first schema violation. */
export function validateObject(object: K8sObject): void {
  const type = `${object.apiVersion}/${object.kind}`;
  const strimzi = STRIMZI[type];
  if (strimzi) {
    strimzi(object);
    return;
  }
  const Model = MODELS[type];
  if (!Model) throw new Error(`${idOf(object)}: no schema for ${object.apiVersion} ${object.kind}`);
  try {
    new Model(object as never).validate();
  } catch (error) {
    throw new Error(`${idOf(object)}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
