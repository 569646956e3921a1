// Strimzi resources against the code: KafkaTopics as the services declare them, and gateway
// KafkaUsers whose ACLs let each organisation read only its own topics.
import { platformTopics, replyTopic, requestTopic, topicPart, type PlatformTopics } from '@sild/contracts';
import { containerEnvironment } from './kubernetes-environment';
import { podOf } from './kubernetes-policy';
import { idOf, type K8sObject } from './kubernetes-render';
import { readText } from './repo';

interface TopicSpec {
  readonly name: string;
  readonly partitions: number;
  readonly config: Record<string, string>;
}

const SPEC_FILES = [
  'apps/registry/src/registry.topics.ts',
  'apps/signer/src/signer.topics.ts',
  'apps/gateway/src/gateway.topics.ts',
];

/** The platform topic specs in the services' *.topics.ts (`{ name: topics.x, partitions: n, config: c }`). */
export function declaredPlatformTopics(instance: string): TopicSpec[] {
  const topics = platformTopics(instance);
  return SPEC_FILES.flatMap((file) => {
    const text = readText(file);
    const configs = new Map(
      [...text.matchAll(/const (\w+) = \{([^}]*)\}/g)].map(([, name = '', body = '']) => [
        name,
        Object.fromEntries([...body.matchAll(/'([^']+)': '([^']*)'/g)].map(([, k = '', v = '']) => [k, v])),
      ]),
    );
    const specs = [
      ...text.matchAll(
        /\{ name: (?:topics|platformTopics\(\w+\.instance\))\.(\w+), partitions: (\d+)(?:, config: (\w+))? \}/g,
      ),
    ];
    if (specs.length === 0) throw new Error(`${file}: found no platform topic specs`);
    return specs.map(([, key = '', partitions = '', config]) => ({
      name: topics[key as keyof PlatformTopics],
      partitions: Number(partitions),
      config: config ? (configs.get(config) ?? {}) : {},
    }));
  });
}

/** Every declared platform topic has a KafkaTopic with at least its partitions and its settings. */
export function topicViolations(objects: readonly K8sObject[], instance: string): string[] {
  const kafkaTopics = new Map(
    objects.filter((o) => o.kind === 'KafkaTopic').map((o) => [String(o.spec?.['topicName']), o]),
  );
  const problems: string[] = [];
  for (const spec of declaredPlatformTopics(instance)) {
    const topic = kafkaTopics.get(spec.name);
    if (!topic) {
      problems.push(`no KafkaTopic for ${spec.name}`);
      continue;
    }
    if (Number(topic.spec?.['partitions']) < spec.partitions)
      problems.push(`${idOf(topic)}: fewer partitions than ${spec.partitions}`);
    const config = (topic.spec?.['config'] ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(spec.config)) {
      if (String(config[key]) !== value) problems.push(`${idOf(topic)}: ${key} must be ${value}`);
    }
  }
  return problems;
}

interface Member {
  readonly instance: string;
  readonly memberClass: string;
  readonly memberCode: string;
}

interface Acl {
  readonly resource: { type: string; name: string; patternType?: string };
  readonly operations: string[];
}

const matches = (acl: Acl, type: string, name: string) =>
  acl.resource.type === type &&
  (acl.resource.patternType === 'prefix' ? name.startsWith(acl.resource.name) : name === acl.resource.name);

const allows = (acls: readonly Acl[], type: string, name: string, operation: string) =>
  acls.some(
    (acl) =>
      matches(acl, type, name) && (acl.operations.includes(operation) || acl.operations.includes('All')),
  );

const ownTopics = (member: Member) => [
  requestTopic({ ...member, subsystem: 'burgerzaken' }),
  `${requestTopic({ ...member, subsystem: 'burgerzaken' })}.dlq`,
  replyTopic(member),
  `sild.sub.${[member.instance, member.memberClass, member.memberCode, 'burgerzaken'].map(topicPart).join('.')}.s-1`,
];

/** The gateway's consumer groups (apps/gateway/src/gateway.topics.ts, the registry view's prefix). */
const ownGroups = (member: Member, deployment: string) => {
  const group = `sild.${topicPart(member.instance)}.gateway.${topicPart(member.memberClass)}.${topicPart(member.memberCode)}`;
  return [
    `${group}.requests`,
    `${group}.replies.${deployment}-7d9f-x2`,
    `sild-view-gateway-${deployment}-7d9f-x2-config-1`,
  ];
};

/** Each gateway has a KafkaUser that reads and consumes as its own member only. */
export function gatewayUserViolations(objects: readonly K8sObject[]): string[] {
  const gateways = objects.filter(
    (o) => o.kind === 'Deployment' && o.metadata.labels?.['app.kubernetes.io/name'] === 'gateway',
  );
  const members = gateways.map((deployment) => {
    const [container] = podOf(deployment).spec.containers;
    const text = container
      ? (containerEnvironment(objects, deployment, container).get('GATEWAY_MEMBER') ?? '')
      : '';
    const [instance = '', memberClass = '', memberCode = ''] = text.split('/');
    const user = objects.find((o) => o.kind === 'KafkaUser' && o.metadata.name === deployment.metadata.name);
    const acls = (user?.spec?.['authorization'] as { acls?: Acl[] } | undefined)?.acls ?? [];
    return {
      deployment: deployment.metadata.name,
      member: { instance, memberClass, memberCode },
      user,
      acls,
    };
  });
  const problems: string[] = [];
  for (const gateway of members) {
    const where = `gateway ${gateway.deployment}`;
    if (!gateway.member.memberCode) problems.push(`${where}: GATEWAY_MEMBER is not INSTANCE/CLASS/CODE`);
    if (!gateway.user) problems.push(`${where}: no KafkaUser of the same name`);
    for (const other of members) {
      const mine = other === gateway;
      for (const topic of ownTopics(other.member)) {
        if (allows(gateway.acls, 'topic', topic, 'Read') !== mine)
          problems.push(`${where}: ${mine ? 'cannot' : 'can'} read ${topic}`);
      }
      for (const group of ownGroups(other.member, other.deployment)) {
        if (allows(gateway.acls, 'group', group, 'Read') !== mine)
          problems.push(`${where}: ${mine ? 'cannot' : 'can'} join ${group}`);
      }
    }
    const registry = platformTopics(gateway.member.instance);
    for (const topic of [registry.registryConfig, registry.registrySnapshots]) {
      if (!allows(gateway.acls, 'topic', topic, 'Read')) problems.push(`${where}: cannot read ${topic}`);
    }
    if (!allows(gateway.acls, 'topic', registry.decisions, 'Write'))
      problems.push(`${where}: cannot write ${registry.decisions}`);
    for (const topic of [registry.registryManagement, registry.signerRequests, registry.decisions]) {
      if (allows(gateway.acls, 'topic', topic, 'Read')) problems.push(`${where}: can read ${topic}`);
    }
  }
  return problems;
}
