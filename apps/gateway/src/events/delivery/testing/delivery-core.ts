// A gateway core for delivery tests: the real broker, a registry view fed in memory, the
// configuration read from variables like a gateway's, and the Events API served over gRPC.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformTopics } from '@sild/contracts';
import type { MessageSigner } from '@sild/gateway-domain';
import { GrpcClient, GrpcServer } from '@sild/platform-grpc';
import {
  BatchingProducer,
  createKafkaClient,
  KafkaDecisionLog,
  KafkaProducer,
  TopicAdmin,
} from '@sild/platform-kafka';
import { testKafkaConfig, testLogger } from '@sild/platform-kafka/testing';
import { anchorFileOf } from '@sild/registry-config';
import { ApiTokens } from '../../../api-tokens';
import type { GatewayCore } from '../../../gateway-feature';
import { loadGatewayConfig } from '../../../gateway.config';
import { EVENTS_SERVICE, gatewayPackageDefinition } from '../../../gateway-protos';
import { deliveryFeature } from '../delivery.feature';
import type { DeliveryRegistry } from './delivery-registry';

export const API_TOKEN = 'burgerzaken-api-token-0123456789';

/** The delivery feature of MUN/0363's gateway, started, with its Events API on a free port. */
export async function startDelivery(registry: DeliveryRegistry, environment: Record<string, string>) {
  const logger = testLogger('delivery');
  const kafka = createKafkaClient(testKafkaConfig('delivery-test'), logger);
  const admin = new TopicAdmin(kafka, 1);
  const producer = new KafkaProducer(kafka);
  await producer.connect();
  const anchorFile = join(mkdtempSync(join(tmpdir(), 'sild-delivery-')), 'anchor.json');
  writeFileSync(anchorFile, JSON.stringify(anchorFileOf(registry.registry.anchor)));
  const config = loadGatewayConfig({
    SILD_ANCHOR_FILE: anchorFile,
    GATEWAY_MEMBER: 'NL/MUN/0363',
    GATEWAY_API_TOKENS: `burgerzaken=${API_TOKEN}`,
    KAFKA_BROKERS: testKafkaConfig().brokers.join(','),
    ...environment,
  });
  const decisions = new KafkaDecisionLog(producer, platformTopics('NL').decisions, logger);
  const core: GatewayCore = {
    config,
    instanceId: 'gw-delivery-test',
    signer: undefined as unknown as MessageSigner,
    kafka,
    admin,
    producer,
    batching: new BatchingProducer(producer),
    view: registry.view,
    verifier: undefined as unknown as GatewayCore['verifier'],
    decisions,
    tokens: new ApiTokens(config.apiTokens),
    logger,
  };
  const feature = deliveryFeature(core);
  await admin.ensureTopics([{ name: platformTopics('NL').decisions, partitions: 3 }]);
  await feature.start();
  const grpc = new GrpcServer({
    packageDefinition: gatewayPackageDefinition(),
    logger,
    authenticatedByHandlers: true,
  });
  grpc.addService(EVENTS_SERVICE, {
    ...(feature.eventHandlers as Record<string, never>),
    Publish: () => Promise.reject(new Error('not here')),
    PublishBatch: () => Promise.reject(new Error('not here')),
    Follow: () => Promise.reject(new Error('not here')),
  });
  const port = await grpc.listen('127.0.0.1', 0);
  const events = new GrpcClient(gatewayPackageDefinition(), EVENTS_SERVICE, `127.0.0.1:${port}`, {
    bearerToken: API_TOKEN,
    deadlineMs: 120_000,
  });
  return {
    core,
    feature,
    events,
    producer,
    admin,
    /** Stops everything, deleting `topics` once nothing reads them. */
    async stop(topics: readonly string[] = []): Promise<void> {
      events.close();
      await grpc.shutdown(2_000);
      await feature.stop();
      await decisions.close();
      await admin.deleteTopics(topics).catch(() => undefined);
      await producer.stop();
      await admin.close();
    },
  };
}

export type DeliveryGateway = Awaited<ReturnType<typeof startDelivery>>;
