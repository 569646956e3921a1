// Strimzi resources against the code: KafkaTopics as the services declare them, KafkaUsers that
// let each service check the topics it declares, gateway KafkaUsers whose ACLs let each
// organisation read only its own topics, and the audit's, which reads them all and writes only
// its checkpoints.
import {
  eventTopic,
  platformTopics,
  replyTopic,
  requestTopic,
  topicPart,
  type PlatformTopics,
} from '@sild/contracts';
import { containerEnvironment } from './kubernetes-environment';
import { podOf } from './kubernetes-policy';
import { idOf, type K8sObject } from './kubernetes-render';
import { readText } from './repo';

interface TopicSpec {
  /** The app that declares it (and whose KafkaUsers carry its `app.kubernetes.io/name`). */
  readonly app: string;
  readonly name: string;
  readonly partitions: number;
  readonly config: Record<string, string>;
}

/** Each app's topic declarations, the specs its TopicAdmin.ensureTopics gets at start-up. */
const SPEC_FILES: Readonly<Record<string, string>> = {
  registry: 'apps/registry/src/registry.topics.ts',
  signer: 'apps/signer/src/signer.topics.ts',
  gateway: 'apps/gateway/src/gateway.topics.ts',
  router: 'apps/router/src/router.topics.ts',
  audit: 'apps/audit/src/audit.topics.ts',
};

/** `'key': 'value'` pairs of an object literal's source. */
const settings = (body: string): Record<string, string> =>
  Object.fromEntries([...body.matchAll(/'([^']+)': '([^']*)'/g)].map(([, k = '', v = '']) => [k, v]));

/**
 * The platform topic specs in the services' *.topics.ts: `{ name: <topics>.x, partitions: n,
 * config: c }`, where <topics> is `topics`, `platform` or `platformTopics(...)` and c a constant
 * of the file or an object literal.
 */
export function declaredPlatformTopics(instance: string): TopicSpec[] {
  const topics = platformTopics(instance);
  return Object.entries(SPEC_FILES).flatMap(([app, file]) => {
    const text = readText(file);
    const configs = new Map(
      [...text.matchAll(/const (\w+) = \{([^}]*)\}/g)].map(([, name = '', body = '']) => [
        name,
        settings(body),
      ]),
    );
    const specs = [
      ...text.matchAll(
        /\{ name: (?:topics|platform|platformTopics\([\w.]+\))\.(\w+), partitions: (\d+)(?:, config: (\w+|\{[^}]*\}))? \}/g,
      ),
    ];
    if (specs.length === 0) throw new Error(`${file}: found no platform topic specs`);
    const configOf = (config: string | undefined): Record<string, string> => {
      if (config === undefined) return {};
      if (config.startsWith('{')) return settings(config);
      const constant = configs.get(config);
      if (!constant) throw new Error(`${file}: no constant ${config} of topic settings`);
      return constant;
    };
    return specs.map(([, key = '', partitions = '', config]) => {
      if (!(key in topics)) throw new Error(`${file}: ${key} is not one of libs/contracts' platform topics`);
      return {
        app,
        name: topics[key as keyof PlatformTopics],
        partitions: Number(partitions),
        config: configOf(config),
      };
    });
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

const aclsOf = (user: K8sObject | undefined): Acl[] =>
  (user?.spec?.['authorization'] as { acls?: Acl[] } | undefined)?.acls ?? [];

const appOf = (object: K8sObject): string | undefined => object.metadata.labels?.['app.kubernetes.io/name'];

/** The Deployments of an app and the KafkaUser named like each (undefined when there is none). */
const deploymentsWithUsers = (objects: readonly K8sObject[], app: string) =>
  objects
    .filter((o) => o.kind === 'Deployment' && appOf(o) === app)
    .map((deployment) => ({
      deployment,
      user: objects.find((o) => o.kind === 'KafkaUser' && o.metadata.name === deployment.metadata.name),
    }));

/**
 * The KafkaUsers of each app may describe the platform topics the app declares, and their
 * settings: TopicAdmin.ensureTopics compares an existing topic's partitions and settings with the
 * declaration at start-up and stops the service when it cannot.
 */
export function declaredTopicUserViolations(objects: readonly K8sObject[], instance: string): string[] {
  const problems = new Set<string>();
  for (const spec of declaredPlatformTopics(instance)) {
    const users = objects.filter((o) => o.kind === 'KafkaUser' && appOf(o) === spec.app);
    if (users.length === 0)
      problems.add(`${spec.app}: no KafkaUser labelled app.kubernetes.io/name=${spec.app}`);
    for (const user of users) {
      for (const operation of ['Describe', 'DescribeConfigs']) {
        if (!allows(aclsOf(user), 'topic', spec.name, operation))
          problems.add(`${idOf(user)}: no ${operation} on ${spec.name}, which ${spec.app} declares`);
      }
    }
  }
  return [...problems];
}

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

/** Each gateway Deployment: its member (GATEWAY_MEMBER), its KafkaUser and that user's ACLs. */
function gatewaysOf(objects: readonly K8sObject[]) {
  return deploymentsWithUsers(objects, 'gateway').map(({ deployment, user }) => {
    const [container] = podOf(deployment).spec.containers;
    const text = container
      ? (containerEnvironment(objects, deployment, container).get('GATEWAY_MEMBER') ?? '')
      : '';
    const [instance = '', memberClass = '', memberCode = ''] = text.split('/');
    return {
      deployment: deployment.metadata.name,
      member: { instance, memberClass, memberCode },
      user,
      acls: aclsOf(user),
    };
  });
}

/** Each gateway has a KafkaUser that reads and consumes as its own member only. */
export function gatewayUserViolations(objects: readonly K8sObject[]): string[] {
  const members = gatewaysOf(objects);
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

/**
 * The audit's consumer group and one of its registry-view groups (apps/audit/src/audit.topics.ts:
 * `sild.<instance>.audit`; audit.module.ts: `sild-view-audit-<host name>-<random>`, the view's
 * `-config-<uuid>` after it, deleted at shutdown).
 */
const auditGroups = (instance: string, deployment: string) => ({
  log: `sild.${topicPart(instance)}.audit`,
  view: `sild-view-audit-${deployment}-7d9f-x2-0a1b2c-config-1`,
});

/**
 * The audit's KafkaUser (named like its Deployment) reads every topic the log takes in (the
 * platform's requests, follows and decisions, each organisation's request, reply, event and
 * subscription topics) and the registry's configuration, joins its groups, and writes nothing
 * but its signed checkpoints.
 */
export function auditUserViolations(objects: readonly K8sObject[], instance: string): string[] {
  const audits = deploymentsWithUsers(objects, 'audit');
  if (audits.length === 0) return ['no audit Deployment'];
  const platform = platformTopics(instance);
  const read = [
    platform.registryManagement,
    platform.signerRequests,
    platform.follows,
    platform.decisions,
    platform.registryConfig,
    platform.registrySnapshots,
    eventTopic(instance, 'nl.brp.person-changed'),
    ...gatewaysOf(objects).flatMap(({ member }) => ownTopics(member).filter((t) => !t.endsWith('.dlq'))),
  ];
  const problems: string[] = [];
  for (const { deployment, user } of audits) {
    const where = `audit ${deployment.metadata.name}`;
    if (!user) {
      problems.push(`${where}: no KafkaUser of the same name`);
      continue;
    }
    const acls = aclsOf(user);
    for (const topic of read) {
      if (!allows(acls, 'topic', topic, 'Read')) problems.push(`${where}: cannot read ${topic}`);
      if (allows(acls, 'topic', topic, 'Write')) problems.push(`${where}: can write ${topic}`);
    }
    if (!allows(acls, 'topic', platform.auditCheckpoints, 'Write'))
      problems.push(`${where}: cannot write ${platform.auditCheckpoints}`);
    const groups = auditGroups(instance, deployment.metadata.name);
    for (const group of [groups.log, groups.view]) {
      if (!allows(acls, 'group', group, 'Read')) problems.push(`${where}: cannot join ${group}`);
    }
    if (!allows(acls, 'group', groups.view, 'Delete'))
      problems.push(`${where}: cannot delete ${groups.view}`);
  }
  return problems;
}
