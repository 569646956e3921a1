import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { EnvelopeVerifier } from '@sild/domain-envelope';
import {
  ClientCallsService,
  PendingReplies,
  ProviderRequestsService,
  ReplyIntakeService,
  type ProviderBackend,
} from '@sild/gateway-domain';
import {
  bidiStreaming,
  GrpcException,
  GrpcServer,
  GrpcStatus,
  type MethodHandler,
  type PackageDefinition,
} from '@sild/platform-grpc';
import { HealthModule } from '@sild/platform-health';
import {
  BatchingProducer,
  createKafkaClient,
  KafkaDecisionLog,
  KafkaProducer,
  TopicAdmin,
} from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import { exposeCertificateExpiry } from '@sild/platform-telemetry';
import { readInstanceAnchor } from '@sild/registry-config';
import { RegistryView } from '@sild/registry-view';
import { ApiTokens } from './api-tokens';
import { gatewayConsumers } from './gateway-consumers';
import type { GatewayConfig } from './gateway.config';
import { gatewayHandlers } from './gateway.grpc.controller';
import { EVENTS_SERVICE, GATEWAY_SERVICE, gatewayPackageDefinition } from './gateway-protos';
import type { GatewayCore, GatewayFeature } from './gateway-feature';
import { gatewayFeatures } from './events/events.features';
import { gatewayReadiness } from './gateway.readiness';
import { GatewayRuntime } from './gateway.runtime';
import { gatewayTopics } from './gateway.topics';
import { GrpcProviderBackend } from './grpc-provider-backend';
import { HttpProviderBackend } from './http-provider-backend';
import { KafkaEnvelopeBus } from './kafka-envelope-bus';
import { signingKey } from './signing-key';
import { ViewDirectory } from './view-directory';

function providerBackends(config: GatewayConfig): Map<string, ProviderBackend> {
  const options = { timeoutMs: config.limits.backendTimeoutMs, token: config.backendToken };
  return new Map(
    config.backends.map((backend) => [
      backend.subsystem,
      backend.kind === 'grpc'
        ? new GrpcProviderBackend(backend.target, options)
        : new HttpProviderBackend(backend.target, options.token),
    ]),
  );
}

/** The Events API from the features' handlers; a method no feature offers answers UNIMPLEMENTED. */
function eventsHandlers(
  features: readonly GatewayFeature[],
  definition: PackageDefinition,
): Record<string, MethodHandler> {
  const offered = Object.assign({}, ...features.map((feature) => feature.eventHandlers)) as Record<
    string,
    MethodHandler
  >;
  const methods = definition[EVENTS_SERVICE] as Record<
    string,
    { requestStream: boolean; originalName?: string }
  >;
  return Object.fromEntries(
    Object.entries(methods).map(([method, { requestStream }]) => {
      const refuse = () =>
        Promise.reject(
          new GrpcException(GrpcStatus.UNIMPLEMENTED, `${method} is not offered by this gateway`),
        );
      return [method, offered[method] ?? (requestStream ? bidiStreaming(refuse) : refuse)];
    }),
  );
}

/** Wires one organisation's gateway: key, registry view, Kafka, both sides of calls, gRPC API. */
@Module({})
export class GatewayModule {
  static async create(config: GatewayConfig, logger: Logger): Promise<DynamicModule> {
    const { member } = config;
    const instanceId = config.instanceId || `${hostname()}-${randomBytes(3).toString('hex')}`;
    const anchor = readInstanceAnchor(config.anchorFile);
    if (anchor.instance !== member.instance)
      throw new Error(`GATEWAY_MEMBER is not of instance ${anchor.instance}`);
    const signer = await signingKey(config, instanceId);
    exposeCertificateExpiry('signing', () => signer.certificate);
    const kafka = createKafkaClient(
      { ...config.kafka, clientId: `${config.kafka.clientId}-gateway` },
      logger,
    );
    const admin = new TopicAdmin(kafka, config.kafka.replicationFactor);
    const producer = new KafkaProducer(kafka);
    const view = new RegistryView({ anchor, kafka, groupPrefix: `sild-view-gateway-${instanceId}`, logger });
    const directory = new ViewDirectory(view);
    const verifier = new EnvelopeVerifier({
      trustRoot: anchor.rootPem,
      certificates: view.certificates,
      revoked: view.revoked,
    });
    const topics = gatewayTopics(
      member,
      config.backends.map((backend) => backend.subsystem),
    );
    // answers and decision records leave in the same produce requests, batched under load
    const batching = new BatchingProducer(producer);
    const decisions = new KafkaDecisionLog(
      { send: (topic, messages) => Promise.all(messages.map((message) => batching.send(topic, message))) },
      topics.decisions,
      logger.child({ component: 'decisions' }),
      0,
    );
    const bus = new KafkaEnvelopeBus(batching, admin);
    const pending = new PendingReplies();
    const limits = { member, maxPayloadBytes: config.limits.maxPayloadBytes };
    const backends = providerBackends(config);
    const provider = new ProviderRequestsService(verifier, directory, signer, bus, decisions, {
      ...limits,
      backends,
      instanceId,
      backend: { timeoutMs: config.limits.backendTimeoutMs, maxPayloadBytes: config.limits.maxPayloadBytes },
    });
    const intake = new ReplyIntakeService(verifier, pending, decisions, { member, instanceId });
    const calls = new ClientCallsService(signer, bus, directory, pending, decisions, {
      ...limits,
      defaultTimeoutMs: config.limits.callTimeoutMs,
      maxTimeoutMs: config.limits.maxCallTimeoutMs,
    });
    const consumers = gatewayConsumers(kafka, topics, instanceId, {
      provider,
      intake,
      producer,
      concurrency: config.limits.requestConcurrency,
      logger,
    });
    const tokens = new ApiTokens(config.apiTokens);
    const core: GatewayCore = {
      config,
      instanceId,
      signer,
      kafka,
      admin,
      producer,
      batching,
      view,
      verifier,
      decisions,
      tokens,
      logger,
    };
    const features = gatewayFeatures(core);
    const packageDefinition = gatewayPackageDefinition();
    const grpc = new GrpcServer({
      packageDefinition,
      logger,
      authenticatedByHandlers: true,
    });
    grpc.addService(GATEWAY_SERVICE, gatewayHandlers(calls, tokens));
    grpc.addService(EVENTS_SERVICE, eventsHandlers(features, packageDefinition));
    const runtime = new GatewayRuntime(config, {
      instanceId,
      topics,
      admin,
      producer,
      view,
      consumers,
      decisions,
      pending,
      grpc,
      backends,
      features,
      logger,
    });
    return {
      module: GatewayModule,
      imports: [
        HealthModule.forRoot({
          readiness: {
            useValue: gatewayReadiness({
              admin,
              view,
              consumers,
              signer,
              maxViewAgeMs: config.limits.viewMaxAgeMs,
              features,
            }),
          },
        }),
      ],
      providers: [{ provide: GatewayRuntime, useValue: runtime }],
    };
  }
}
