// A stand-in for the municipality's gateway in tests: Gateway.Call answered by persons.v1 of an
// in-test population register, and Events.Receive streaming queued deliveries and taking acks.
import { PayloadEncoding, Reason } from '@sild/contracts';
import {
  PersonsBackend,
  SEARCH_PERSONS_REQUEST_TYPE,
  type PopulationRegister,
  type SubscriberEvent,
} from '@sild/examples-population';
import {
  bidiStreaming,
  GrpcException,
  GrpcServer,
  GrpcStatus,
  type ServerStream,
  type UnaryHandler,
} from '@sild/platform-grpc';
import { createLogger } from '@sild/platform-logging';
import { EVENTS_SERVICE, GATEWAY_SERVICE, gatewayPackageDefinition } from '../gateway-api';

interface CallRequestObject {
  payload: Buffer;
  payloadType: string;
  onBehalfOf: string;
  purpose: string;
  client: { subsystem: string };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An EventDelivery as the gateway sends it on a Receive stream. */
export function deliveryOf(event: SubscriberEvent, subscriptionId: string, attempt = 1) {
  const ms = event.createdAt?.getTime() ?? 0;
  return {
    subscriptionId,
    messageId: event.messageId,
    eventType: event.eventType,
    publisher: { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: 'brp' },
    subjectKey: event.subjectKey,
    subjectSequence: String(event.subjectSequence),
    attributes: { ...event.attributes },
    payload: Buffer.from(event.payload),
    payloadType: event.payloadType ?? '',
    payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
    createdAt: { seconds: String(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 },
    attempt,
    redelivery: false,
  };
}

class Subscription {
  readonly deliveries: ReturnType<typeof deliveryOf>[] = [];
  readonly acked = new Set<string>();

  get unacked() {
    return this.deliveries.filter((d) => !this.acked.has(d.messageId));
  }
}

export class FakeMunicipalityGateway {
  readonly calls: CallRequestObject[] = [];
  /** Search calls that fail before any is answered. */
  failingSearches = 0;
  /** Search calls wait for this. */
  searchGate: Promise<void> = Promise.resolve();
  streamsOpened = 0;
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly breakers = new Set<AbortController>();
  private readonly server: GrpcServer;

  constructor(register: PopulationRegister, token: string) {
    const backend = new PersonsBackend(register);
    const unimplemented: UnaryHandler = () =>
      Promise.reject(new GrpcException(GrpcStatus.UNIMPLEMENTED, 'not here'));
    this.server = new GrpcServer({
      packageDefinition: gatewayPackageDefinition(),
      logger: createLogger({ service: 'fake-gateway', level: 'silent' }),
      bearerToken: token,
    });
    this.server.addService(GATEWAY_SERVICE, {
      Call: async (request) => {
        const call = request as CallRequestObject;
        this.calls.push(call);
        if (call.payloadType === SEARCH_PERSONS_REQUEST_TYPE) {
          await this.searchGate;
          if (this.failingSearches > 0) {
            this.failingSearches -= 1;
            throw new GrpcException(GrpcStatus.UNAVAILABLE, 'the gateway is starting');
          }
        }
        const answer = backend.handle({
          payloadType: call.payloadType,
          payload: call.payload,
          payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
        });
        if ('error' in answer) {
          return {
            messageId: 'm',
            traceId: '',
            error: { reason: Reason[answer.error.reason], message: answer.error.message },
          };
        }
        return {
          messageId: 'm',
          traceId: '',
          result: {
            payload: Buffer.from(answer.payload),
            payloadType: answer.payloadType,
            responseMessageId: 'r',
          },
        };
      },
    });
    this.server.addService(EVENTS_SERVICE, {
      Receive: bidiStreaming((requests, stream) => this.receive(requests, stream)),
      Publish: unimplemented,
      PublishBatch: unimplemented,
      Follow: unimplemented,
      ListDeadLetters: unimplemented,
      Redrive: unimplemented,
      Replay: unimplemented,
    });
  }

  async start(): Promise<string> {
    return `127.0.0.1:${await this.server.listen('127.0.0.1', 0)}`;
  }

  async stop(): Promise<void> {
    this.breakStreams();
    await this.server.shutdown(1_000);
  }

  subscription(id: string): Subscription {
    let subscription = this.subscriptions.get(id);
    if (!subscription) {
      subscription = new Subscription();
      this.subscriptions.set(id, subscription);
    }
    return subscription;
  }

  /** Ends every open stream with UNAVAILABLE, as a gateway restart does. */
  breakStreams(): void {
    for (const breaker of this.breakers) breaker.abort();
    this.breakers.clear();
  }

  private async receive(requests: AsyncIterable<unknown>, stream: ServerStream): Promise<void> {
    const iterator = requests[Symbol.asyncIterator]();
    const first = (await iterator.next()).value as { open?: { subscriptionId: string } } | undefined;
    if (!first?.open) throw new GrpcException(GrpcStatus.INVALID_ARGUMENT, 'the first message must open');
    const subscription = this.subscription(first.open.subscriptionId);
    this.streamsOpened += 1;
    const breaker = new AbortController();
    this.breakers.add(breaker);
    const sending = (async () => {
      const sent = new Set<string>();
      while (!breaker.signal.aborted && !stream.signal.aborted) {
        for (const delivery of subscription.unacked) {
          if (sent.has(delivery.messageId)) continue;
          sent.add(delivery.messageId);
          await stream.send(delivery);
        }
        await pause(5);
      }
    })();
    const reading = (async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const ack = (next.value as { ack?: { messageIds: string[] } }).ack;
        for (const id of ack?.messageIds ?? []) subscription.acked.add(id);
      }
    })();
    const breaking = new Promise<void>((resolve) => {
      breaker.signal.addEventListener('abort', () => {
        resolve();
      });
    });
    await Promise.race([reading, breaking]);
    // breakStreams() forgets the breakers it aborted
    const wasBroken = !this.breakers.delete(breaker);
    breaker.abort();
    await sending.catch(() => undefined);
    if (wasBroken) throw new GrpcException(GrpcStatus.UNAVAILABLE, 'the gateway restarts');
  }
}
