import { X509Certificate } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { checkKeyName, verifierKeyString } from '@sild/audit-proofs';
import {
  AuditAppender,
  AuditQueries,
  Checkpointer,
  CompletenessQueries,
  EntryBuilder,
  EvidenceExporter,
  PayloadSealer,
  ProofQueries,
  type CertificateSource,
} from '@sild/audit-domain';
import {
  AUDIT_MIGRATIONS,
  SqlAuditLogRepository,
  SqlAuditQueryRepository,
  SqlWriterLock,
  writerLockKey,
} from '@sild/audit-data-access';
import { memberIdText } from '@sild/platform-crypto';
import { openDatabase, runMigrations } from '@sild/platform-database';
import { GrpcServer } from '@sild/platform-grpc';
import { HealthModule } from '@sild/platform-health';
import { createKafkaClient, KafkaProducer, TopicAdmin } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import { readInstanceAnchor } from '@sild/registry-config';
import { RegistryView } from '@sild/registry-view';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { AppendBatcher } from './append-batcher';
import { AuditApi } from './audit-api';
import type { AuditConfig } from './audit.config';
import { AuditConsumer } from './audit-consumer';
import { AuditLag } from './audit-lag';
import { auditGrpcError } from './audit-errors';
import { AUDIT_SERVICE, auditHandlers, auditPackageDefinition } from './audit.grpc.controller';
import { AuditHttpController } from './audit.http.controller';
import { auditMetrics, trackAuditState } from './audit.metrics';
import { auditReadiness } from './audit.readiness';
import { AuditRuntime } from './audit.runtime';
import { auditTopics } from './audit.topics';
import { AuditWriter } from './audit-writer';
import { AuditorTokens } from './auditor-tokens';
import { KafkaCheckpointSink } from './kafka-checkpoint-sink';
import { loadLogKey, logKeyPath } from './log-key';
import { RecordIntake } from './record-intake';
import { ViewAuthenticator } from './view-authenticator';

/** Wires the audit log: key, database, registry view, consumer, writer role, query APIs, health. */
@Module({})
export class AuditModule {
  static async create(config: AuditConfig, logger: Logger): Promise<DynamicModule> {
    const anchor = readInstanceAnchor(config.anchorFile);
    const origin = checkKeyName(config.log.origin || `sild.${anchor.instance}.audit`);
    const signer = loadLogKey(logKeyPath(config.log.keyFile, config.database.dataDir), origin, logger);
    const verifierKey = verifierKeyString(signer);
    const instanceId = `${hostname()}-${randomBytes(3).toString('hex')}`;
    const db = await openDatabase(config.database, logger);
    await runMigrations(db, { component: 'audit', directory: AUDIT_MIGRATIONS, logger });
    const topics = auditTopics(anchor.instance);
    const kafka = createKafkaClient({ ...config.kafka, clientId: `${config.kafka.clientId}-audit` }, logger);
    const admin = new TopicAdmin(kafka, config.kafka.replicationFactor);
    const producer = new KafkaProducer(kafka);
    const view = new RegistryView({ anchor, kafka, groupPrefix: `sild-view-audit-${instanceId}`, logger });
    const authenticator = new ViewAuthenticator(anchor, view);
    const sealer =
      config.payloads.services.length > 0
        ? new PayloadSealer(config.payloads.key, config.payloads.services)
        : undefined;
    const builder = new EntryBuilder({
      authenticator,
      freshness: authenticator,
      decisionsTopic: topics.decisions,
      unknownSignerGraceMs: config.consumer.unknownSignerGraceMs,
      ...(sealer ? { sealer } : {}),
    });
    const log = new SqlAuditLogRepository(db);
    const appender = new AuditAppender(log, builder);
    const checkpointer = new Checkpointer(
      log,
      signer,
      origin,
      new KafkaCheckpointSink(producer, topics.checkpoints, origin),
      {
        everyEntries: config.log.checkpointEvery,
        intervalMs: config.log.checkpointIntervalMs,
      },
    );
    const batcher = new AppendBatcher(appender, (result, ms) => {
      auditMetrics.appended.inc(result.appended);
      auditMetrics.skipped.inc(result.skipped);
      auditMetrics.appendSeconds.observe(ms / 1000);
      if (checkpointer.due(result.size)) void writer.checkpointIfDue();
    });
    const consumer = new AuditConsumer(
      kafka,
      admin,
      {
        group: topics.group,
        audited: topics.audited,
        refreshMs: config.consumer.topicRefreshMs,
        handle: new RecordIntake(appender, batcher).handle,
      },
      logger,
    );
    const writer = new AuditWriter({
      lock: new SqlWriterLock(db, writerLockKey(origin)),
      appender,
      batcher,
      checkpointer,
      consumer,
      lag: new AuditLag(admin, log, () => consumer.topics, logger),
      repository: log,
      checkpointIntervalMs: config.log.checkpointIntervalMs,
      logger: logger.child({ component: 'writer' }),
    });
    trackAuditState({
      size: () => appender.size,
      lastCheckpointAt: () => checkpointer.latest?.signedAt,
      writer: () => writer.isWriter,
    });

    const reads = new SqlAuditQueryRepository(db);
    const certificates: CertificateSource = {
      rootPem: anchor.rootPem,
      pemOf: (keyIdHex) => {
        const der = view.certificate(keyIdHex)?.certificateDer;
        return der ? new X509Certificate(der).toString() : undefined;
      },
    };
    const tokens = new AuditorTokens(config.grpc.token, config.auditorTokens);
    if (tokens.open)
      logger.warn(
        'the audit API is open to anyone who reaches it: set GRPC_AUTH_TOKEN or AUDIT_AUDITOR_TOKENS',
      );
    const api = new AuditApi({
      queries: new AuditQueries(reads),
      proofs: new ProofQueries(reads),
      completeness: new CompletenessQueries(reads, [memberIdText(anchor.registry.identity)]),
      exporter: new EvidenceExporter(reads, {
        origin,
        verifierKey,
        certificates,
        ...(sealer ? { sealer } : {}),
      }),
      tokens,
      origin,
      verifierKey,
    });
    const packageDefinition = auditPackageDefinition();
    const grpc = new GrpcServer({
      packageDefinition,
      logger,
      translateError: auditGrpcError,
      authenticatedByHandlers: true,
    });
    grpc.addService(AUDIT_SERVICE, auditHandlers(api));
    const runtime = new AuditRuntime(config, {
      topics,
      db,
      admin,
      producer,
      view,
      writer,
      grpc,
      origin,
      verifierKey,
      logger,
    });
    return {
      module: AuditModule,
      imports: [
        HealthModule.forRoot({
          readiness: {
            useValue: auditReadiness({
              admin,
              db,
              view,
              writer,
              consumer,
              checkpointer,
              verifierKey,
              maxViewAgeMs: config.viewMaxAgeMs,
            }),
          },
        }),
      ],
      controllers: [AuditHttpController],
      providers: [
        { provide: AuditRuntime, useValue: runtime },
        { provide: AuditApi, useValue: api },
      ],
    };
  }
}
