// The signed event pipeline of a fresh instance, as the end-to-end suite sets it up: registry and
// signer, a publisher with its gateway, the router, and a subscriber whose gateway delivers one
// approved subscription (all events of one event type) on a Receive stream.
import type { GrpcClient } from '@sild/platform-grpc';
import prepareBrokerAndDatabase from '../../test/setup/global-setup';
import {
  clientRef,
  eventsApi,
  operatorApis,
  registerMember,
  startGateway,
} from '../../test/support/gateways';
import { createTestInstance, testInstanceCode } from '../../test/support/instance';
import { freePort, startService } from '@sild/platform-testing';
import { brokerPid, Teardown } from './gateway-pair';

const TOKEN = 'bench event systems token';
export const BENCH_EVENT_TYPE = 'bench.sild.event.v1';
export const BENCH_PAYLOAD_TYPE = 'type.googleapis.com/bench.Event';

export interface EventPipeline {
  readonly instance: string;
  /** The instance's anchor file (what a further service of the instance starts from). */
  readonly anchorFile: string;
  readonly publisher: { readonly id: ReturnType<typeof clientRef>; readonly api: GrpcClient };
  readonly subscriber: { readonly id: ReturnType<typeof clientRef>; readonly api: GrpcClient };
  readonly subscriptionId: string;
  readonly kafka: Awaited<ReturnType<typeof createTestInstance>>['kafka'];
  readonly admin: Awaited<ReturnType<typeof createTestInstance>>['admin'];
  readonly pids: Readonly<Record<string, number | undefined>>;
  stop(): Promise<void>;
}

export async function startEventPipeline(): Promise<EventPipeline> {
  await prepareBrokerAndDatabase();
  const code = testInstanceCode();
  const teardown = new Teardown();
  try {
    const instance = await createTestInstance(code);
    teardown.add(() => instance.close());
    teardown.add(async () => {
      const mine = (await instance.admin.listTopics()).filter((t) => /^sild\.(evt|sub|reply)\./.test(t));
      await instance.admin.deleteTopics(mine.filter((t) => t.split('.').includes(code)));
    });
    await instance.startRegistry();
    await instance.startSigner();
    const apis = operatorApis(instance);
    teardown.add(() => {
      apis.close();
    });
    const publisher = clientRef(`${code}/GOV/00000001/brp`);
    const subscriber = clientRef(`${code}/MUN/0363/burgerzaken`);
    const publisherKey = await registerMember(instance, apis, `${code}/GOV/00000001`, ['brp']);
    const subscriberKey = await registerMember(instance, apis, `${code}/MUN/0363`, ['burgerzaken']);
    await apis.registry.call('AddEventType', {
      eventType: {
        name: BENCH_EVENT_TYPE,
        owner: publisher,
        payloadType: BENCH_PAYLOAD_TYPE,
        description: 'bench',
      },
    });
    const { id: subscriptionId } = await apis.registry.call<{ id: string }>('RequestSubscription', {
      subscriber,
      eventType: BENCH_EVENT_TYPE,
      purpose: 'benchmark',
    });
    await apis.registry.call('DecideSubscription', {
      id: subscriptionId,
      decision: 'SUBSCRIPTION_STATUS_APPROVED',
      decidedBy: publisher,
    });
    const secret = 'bench subject key secret of 32+ characters';
    const publisherGateway = await startGateway(instance, {
      member: `${code}/GOV/00000001`,
      key: publisherKey,
      apiTokens: `brp=${TOKEN}`,
      instanceId: 'bench-publisher',
      env: { GATEWAY_SUBJECT_KEY_SECRET: secret },
    });
    teardown.add(() => publisherGateway.process.stop());
    await publisherGateway.process.ready();
    const routerPort = await freePort();
    const router = startService('router', 'apps/router/src/main.ts', {
      SILD_ANCHOR_FILE: instance.anchorFile,
      HTTP_PORT: String(routerPort),
    });
    teardown.add(() => router.stop());
    await router.ready();
    const subscriberGateway = await startGateway(instance, {
      member: `${code}/MUN/0363`,
      key: subscriberKey,
      apiTokens: `burgerzaken=${TOKEN}`,
      instanceId: 'bench-subscriber',
      env: { GATEWAY_SUBJECT_KEY_SECRET: secret, GATEWAY_SUBSCRIPTIONS: `${subscriptionId}=stream` },
    });
    teardown.add(() => subscriberGateway.process.stop());
    await subscriberGateway.process.ready();
    const publisherApi = eventsApi(publisherGateway.address, TOKEN);
    const subscriberApi = eventsApi(subscriberGateway.address, TOKEN);
    teardown.add(() => {
      publisherApi.close();
      subscriberApi.close();
    });
    return {
      instance: code,
      anchorFile: instance.anchorFile,
      publisher: { id: publisher, api: publisherApi },
      subscriber: { id: subscriber, api: subscriberApi },
      subscriptionId,
      kafka: instance.kafka,
      admin: instance.admin,
      pids: {
        publisher_gw: publisherGateway.process.child.pid,
        router: router.child.pid,
        subscriber_gw: subscriberGateway.process.child.pid,
        broker: brokerPid(),
        bench: process.pid,
      },
      stop: () => teardown.run(),
    };
  } catch (error) {
    await teardown.run();
    throw error;
  }
}
