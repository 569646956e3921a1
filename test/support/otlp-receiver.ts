// An OpenTelemetry collector stand-in for end-to-end tests: receives OTLP/HTTP JSON trace exports
// (POST /v1/traces) from the services and keeps every span with its service's name.
import { createServer, type IncomingMessage } from 'node:http';

export interface ReceivedSpan {
  readonly service: string;
  readonly traceId: string;
  readonly spanId: string;
  /** '' for a root span. */
  readonly parentSpanId: string;
  readonly name: string;
}

export interface OtlpReceiver {
  /** The traces endpoint (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT). */
  readonly url: string;
  readonly spans: ReceivedSpan[];
  /** Environment that makes a Sild service export its spans here, named `service`. */
  env(service: string): Record<string, string>;
  stop(): Promise<void>;
}

interface OtlpValue {
  stringValue?: string;
}
interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value?: OtlpValue }[] };
    scopeSpans?: { spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string }[] }[];
  }[];
}

const body = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

function spansOf(exported: OtlpExport): ReceivedSpan[] {
  return (exported.resourceSpans ?? []).flatMap((resourceSpans) => {
    const attributes = resourceSpans.resource?.attributes ?? [];
    const service = attributes.find((a) => a.key === 'service.name')?.value?.stringValue ?? '';
    return (resourceSpans.scopeSpans ?? []).flatMap((scope) =>
      (scope.spans ?? []).map((span) => ({
        service,
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId: span.parentSpanId ?? '',
        name: span.name,
      })),
    );
  });
}

/**
 * Starts the receiver on a free port. The services' batch processor waits `scheduleDelayMs`
 * between exports: long, so that spans arriving before a service stops come from the export at
 * SIGTERM.
 */
export async function startOtlpReceiver(scheduleDelayMs = 30_000): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    void body(request).then((text) => {
      if (request.method !== 'POST' || request.url !== '/v1/traces') {
        response.writeHead(404).end();
        return;
      }
      try {
        spans.push(...spansOf(JSON.parse(text) as OtlpExport));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } catch {
        response.writeHead(400).end();
      }
    });
  });
  const port = await new Promise<number>((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done(typeof address === 'object' && address ? address.port : 0);
    });
  });
  const url = `http://127.0.0.1:${port}/v1/traces`;
  return {
    url,
    spans,
    env: (service) => ({
      OTEL_SERVICE_NAME: service,
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url,
      OTEL_BSP_SCHEDULE_DELAY: String(scheduleDelayMs),
    }),
    stop: () =>
      new Promise((done) => {
        server.close(() => {
          done();
        });
      }),
  };
}
