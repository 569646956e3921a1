// A subscriber system's webhook on 127.0.0.1 for tests: answers with the status `answer` picks,
// and keeps what reached it.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** What the webhook answered. */
  readonly status: number;
}

export class WebhookServer {
  readonly requests: WebhookRequest[] = [];
  /** The status for a request; 204 by default. */
  answer: (request: Omit<WebhookRequest, 'status'>) => number = () => 204;
  private readonly server: Server;
  private port = 0;

  constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const received = { headers: request.headers, body: Buffer.concat(chunks).toString() };
        const status = this.answer(received);
        this.requests.push({ ...received, status });
        response.writeHead(status).end();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}/events`;
  }

  /** Requests the webhook took (2xx). */
  taken(): WebhookRequest[] {
    return this.requests.filter((request) => request.status >= 200 && request.status < 300);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
