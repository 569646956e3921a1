import {
  HEADERS,
  MessageKind,
  PayloadEncoding,
  replyTopic,
  wire,
  type ClientId,
  type Header,
  type Reason,
} from '@sild/contracts';
import { sha256, type SignedEnvelope } from '@sild/domain-envelope';
import { currentTraceContext } from '@sild/platform-telemetry';
import type { BusMessage, MessageSigner } from './gateway.ports';

export const ERROR_PAYLOAD_TYPE = 'type.googleapis.com/sild.v1.Error';

/** The answer to a request, signed and addressed: where it goes and the bus message. */
export interface SignedAnswer {
  readonly topic: string;
  readonly message: BusMessage;
  readonly envelope: SignedEnvelope;
}

export type AnswerBody =
  | { readonly payload: Uint8Array; readonly payloadType: string; readonly payloadEncoding: PayloadEncoding }
  | { readonly reason: Reason; readonly message: string; readonly retryable: boolean };

/** How long an answer stays acceptable: long enough to cross the bus, no longer. */
const ANSWER_TTL_MS = 60_000;

/**
 * Signs the RESPONSE or ERROR to a request: addressed to the requesting client, bound to the
 * request by in_reply_to and the SHA-256 of its header bytes as received, in the same
 * conversation and trace. Keyed by the requester's instance id, so one gateway replica's answers
 * share a partition.
 */
export async function signAnswer(
  signer: MessageSigner,
  sender: ClientId,
  request: { header: Header; headerBytes: Uint8Array },
  body: AnswerBody,
): Promise<SignedAnswer> {
  const { header } = request;
  const error = 'reason' in body;
  const payload = error
    ? wire.Error.encode({ reason: body.reason, message: body.message, retryable: body.retryable }).finish()
    : body.payload;
  const trace = currentTraceContext();
  const envelope = await signer.sign(
    {
      kind: error ? MessageKind.MESSAGE_KIND_ERROR : MessageKind.MESSAGE_KIND_RESPONSE,
      sender,
      recipientClient: header.sender ?? null,
      service: header.service ?? header.recipientService ?? null,
      correlationId: header.correlationId || header.messageId,
      inReplyTo: header.messageId,
      requestHash: sha256(request.headerBytes),
      traceparent: trace.traceparent || header.traceparent,
      tracestate: trace.tracestate || header.tracestate,
      payloadType: error ? ERROR_PAYLOAD_TYPE : body.payloadType,
      payloadEncoding: error ? PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF : body.payloadEncoding,
      ttlMs: ANSWER_TTL_MS,
    },
    payload,
  );
  return {
    topic: replyTopic(header.sender ?? {}),
    envelope,
    message: busMessage(header.senderInstanceId || header.messageId, envelope, trace.traceparent),
  };
}

/** The bus message carrying an envelope, with the routing headers tools and consumers read. */
export function busMessage(
  key: string,
  envelope: SignedEnvelope,
  traceparent: string,
  extraHeaders: Readonly<Record<string, string>> = {},
): BusMessage {
  return {
    key,
    value: envelope.bytes,
    headers: { [HEADERS.messageId]: envelope.messageId, [HEADERS.traceparent]: traceparent, ...extraHeaders },
  };
}
