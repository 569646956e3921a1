// The audit service in end-to-end tests: its process against the run's PostgreSQL schema and
// the real broker, its gRPC API with the operator's token, and signed exchanges to audit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  MessageKind,
  PayloadEncoding,
  REPLY_TOPIC_PARTITIONS,
  REQUEST_TOPIC_PARTITIONS,
  replyTopic,
  requestTopic,
  type ClientId,
  type ServiceId,
} from '@sild/contracts';
import { sha256, type EnvelopeSigner } from '@sild/domain-envelope';
import { createTestSchema, type TestSchema } from '@sild/platform-database/testing';
import { GrpcClient, loadProtos } from '@sild/platform-grpc';
import { KafkaProducer } from '@sild/platform-kafka';
import { expect } from 'vitest';
import {
  expectEventually,
  freePort,
  REPO_ROOT,
  startService,
  type ServiceProcess,
} from '@sild/platform-testing';
import { OPERATOR_TOKEN, type TestInstance } from './instance';

/** An entry of a GetTrace answer (proto3 JSON), as the trace tests read it. */
export interface TraceEntry {
  entryType: string;
  kind: string;
  verdict: string;
  outcome: string;
  role: string;
  sender: string;
  decidedBy: string;
  topic: string;
  createdAt: { seconds: string; nanos: number };
}

/** A trace entry's created time in milliseconds. */
export const entryTimeMs = (entry: TraceEntry): number =>
  Number(entry.createdAt.seconds) * 1000 + entry.createdAt.nanos / 1e6;

export interface TestAudit {
  readonly schema: TestSchema;
  readonly dataDir: string;
  readonly address: string;
  /** The Audit gRPC API with the operator's token. */
  readonly api: GrpcClient;
  /** Environment for `sild audit ...` against this audit service. */
  cliEnv(): Record<string, string>;
  /** Starts the service (again: same database, key and ports); resolves when it is ready. */
  start(): Promise<ServiceProcess>;
  /** Starts another replica (same database and key, ports of its own); resolves once it is live. */
  startReplica(): Promise<ServiceProcess>;
  /** Makes `replica` the process that process() and close() mean. */
  adopt(replica: ServiceProcess): void;
  process(): ServiceProcess;
  close(): Promise<void>;
}

export async function createTestAudit(
  instance: TestInstance,
  env: Record<string, string> = {},
): Promise<TestAudit> {
  const schema = await createTestSchema('audit_e2e');
  const dataDir = mkdtempSync(join(tmpdir(), 'sild-audit-'));
  const [grpcPort, httpPort] = [await freePort(), await freePort()];
  const address = `127.0.0.1:${grpcPort}`;
  const api = new GrpcClient(
    loadProtos(['sild/audit/v1/audit.proto'], [resolve(REPO_ROOT, 'proto')]),
    'sild.audit.v1.Audit',
    address,
    { bearerToken: OPERATOR_TOKEN, deadlineMs: 30_000 },
  );
  let current: ServiceProcess | undefined;
  const environment = (grpc: number, http: number) => ({
    SILD_ANCHOR_FILE: instance.anchorFile,
    DATABASE_URL: schema.url,
    SILD_DATA_DIR: dataDir,
    GRPC_PORT: String(grpc),
    HTTP_PORT: String(http),
    GRPC_AUTH_TOKEN: OPERATOR_TOKEN,
    AUDIT_CHECKPOINT_EVERY: '50',
    AUDIT_CHECKPOINT_INTERVAL_MS: '300',
    AUDIT_TOPIC_REFRESH_MS: '500',
    ...env,
  });
  return {
    schema,
    dataDir,
    address,
    api,
    cliEnv: () => ({ ...instance.cliEnv(), SILD_AUDIT: address, DATABASE_URL: schema.url }),
    async start() {
      current = startService('audit', 'apps/audit/src/main.ts', environment(grpcPort, httpPort));
      await current.ready();
      return current;
    },
    async startReplica() {
      const replica = startService(
        'audit',
        'apps/audit/src/main.ts',
        environment(await freePort(), await freePort()),
      );
      await expectEventually(
        async () => {
          if (replica.child.exitCode !== null) throw new Error(`replica exited:\n${replica.output()}`);
          expect((await fetch(`${replica.httpUrl}/healthz`)).status).toBe(200);
        },
        { timeoutMs: 120_000, intervalMs: 250 },
      );
      return replica;
    },
    adopt(replica) {
      current = replica;
    },
    process() {
      if (!current) throw new Error('audit not started');
      return current;
    },
    async close() {
      api.close();
      await current?.stop();
      await schema.drop();
    },
  };
}

/** A request from `client` to `service` and the provider's response, signed and produced. */
export class Exchanges {
  private readonly producer: KafkaProducer;

  constructor(private readonly instance: TestInstance) {
    this.producer = new KafkaProducer(instance.kafka);
  }

  async topics(client: ClientId, service: ServiceId): Promise<{ requests: string; replies: string }> {
    const topics = { requests: requestTopic(service.provider ?? {}), replies: replyTopic(client) };
    await this.instance.admin.ensureTopics([
      { name: topics.requests, partitions: REQUEST_TOPIC_PARTITIONS },
      { name: topics.replies, partitions: REPLY_TOPIC_PARTITIONS },
    ]);
    return topics;
  }

  /** A signed REQUEST (not produced); the trace id is that of the traceparent. */
  request(signer: EnvelopeSigner, client: ClientId, service: ServiceId, traceId: string) {
    return signer.sign(
      {
        kind: MessageKind.MESSAGE_KIND_REQUEST,
        sender: client,
        recipientService: service,
        service,
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        payloadType: 'type.googleapis.com/test.Text',
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM,
        onBehalfOf: 'clerk-7',
        purpose: 'case 2026-41',
      },
      Buffer.from(`person 999990019 ${traceId}`),
    );
  }

  /** The signed RESPONSE to `request`. */
  response(
    signer: EnvelopeSigner,
    request: ReturnType<Exchanges['request']>,
    client: ClientId,
    service: ServiceId,
    traceId: string,
  ) {
    return signer.sign(
      {
        kind: MessageKind.MESSAGE_KIND_RESPONSE,
        sender: service.provider ?? {},
        recipientClient: client,
        service,
        correlationId: request.messageId,
        inReplyTo: request.messageId,
        requestHash: sha256(request.header),
        traceparent: `00-${traceId}-0a0b0c0d0e0f1011-01`,
        payloadType: 'type.googleapis.com/test.Text',
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM,
      },
      Buffer.from('a person'),
    );
  }

  send(topic: string, value: Uint8Array, key: string | null = null) {
    return this.producer.send(topic, [{ key, value: Buffer.from(value) }]);
  }

  stop(): Promise<void> {
    return this.producer.stop();
  }
}
