// The register's events go out through its gateway's Events.Publish (docs/events.md), each in a
// span whose trace context the gateway continues in the signed EVENT.
import { resolve } from 'node:path';
import type { EventSink, PersonEvent, PublishReceipt } from '@sild/examples-population';
import { GrpcClient, loadProtos } from '@sild/platform-grpc';
import { currentTraceContext, withSpan } from '@sild/platform-telemetry';
import type { ClientRef } from '@sild/registry-config';

export const EVENTS_SERVICE = 'sild.gateway.v1.Events';

/** The Events API's .proto files (the same path from the sources and from dist/). */
export const eventsPackageDefinition = () =>
  loadProtos(['sild/gateway/v1/events.proto'], [resolve(import.meta.dirname, '../../../proto')]);

/** PublishResponse as @grpc/proto-loader hands it over (64-bit integers as decimal strings). */
interface PublishResponseObject {
  messageId: string;
  subjectSequence: string;
}

export class GatewayEventSink implements EventSink {
  private readonly client: GrpcClient;

  constructor(
    address: string,
    token: string,
    private readonly publisher: ClientRef,
  ) {
    this.client = new GrpcClient(eventsPackageDefinition(), EVENTS_SERVICE, address, {
      bearerToken: token,
      deadlineMs: 10_000,
    });
  }

  publish(event: PersonEvent): Promise<PublishReceipt> {
    return withSpan('population.publish', async (span) => {
      span.setAttributes({ 'sild.event_type': event.eventType });
      const { traceparent, tracestate } = currentTraceContext();
      const response = await this.client.call<PublishResponseObject>(
        'Publish',
        {
          publisher: { ...this.publisher },
          eventType: event.eventType,
          subject: event.subject,
          attributes: { ...event.attributes },
          payload: Buffer.from(event.payload),
          payloadType: event.payloadType,
          payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
        },
        traceparent ? { traceparent, ...(tracestate ? { tracestate } : {}) } : {},
      );
      return { messageId: response.messageId, subjectSequence: Number(response.subjectSequence) };
    });
  }

  close(): void {
    this.client.close();
  }
}
