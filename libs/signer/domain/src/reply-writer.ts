import {
  MessageKind,
  PayloadEncoding,
  replyTopic,
  sild,
  wire,
  type ClientId,
  type Header,
  type Reason,
} from '@sild/contracts';
import { sha256, type EnvelopeSigner } from '@sild/domain-envelope';

export const CERTIFICATE_REQUEST_TYPE = 'type.googleapis.com/sild.signer.v1.CertificateRequest';
export const CERTIFICATE_RESPONSE_TYPE = 'type.googleapis.com/sild.signer.v1.CertificateResponse';
export const ERROR_TYPE = 'type.googleapis.com/sild.v1.Error';

/** A signed answer and the topic it goes to. */
export interface Reply {
  readonly topic: string;
  readonly envelope: Uint8Array;
}

/** The request an answer refers to: its decoded header and the header bytes as received. */
export interface AnsweredRequest {
  readonly header: Header;
  readonly headerBytes: Uint8Array;
}

/** Signs the signer's answers (RESPONSE, ERROR) to the sender's reply topic. */
export class ReplyWriter {
  constructor(
    private readonly signer: EnvelopeSigner,
    private readonly sender: ClientId,
  ) {}

  certificate(request: AnsweredRequest, certificatePem: string, keyId: string): Reply {
    const payload = sild.signer.v1.CertificateResponse.encode({ certificatePem, keyId }).finish();
    return this.answer(request, MessageKind.MESSAGE_KIND_RESPONSE, CERTIFICATE_RESPONSE_TYPE, payload);
  }

  error(request: AnsweredRequest, reason: Reason, message: string, code: string): Reply {
    const payload = wire.Error.encode({ reason, message, retryable: false, details: { code } }).finish();
    return this.answer(request, MessageKind.MESSAGE_KIND_ERROR, ERROR_TYPE, payload);
  }

  private answer(
    request: AnsweredRequest,
    kind: MessageKind,
    payloadType: string,
    payload: Uint8Array,
  ): Reply {
    const { header } = request;
    const recipient = header.sender ?? {};
    const signed = this.signer.sign(
      {
        kind,
        sender: this.sender,
        recipientClient: recipient,
        inReplyTo: header.messageId,
        requestHash: sha256(request.headerBytes),
        correlationId: header.correlationId || header.messageId,
        traceparent: header.traceparent,
        tracestate: header.tracestate,
        payloadType,
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
      },
      payload,
    );
    return { topic: replyTopic(recipient), envelope: signed.bytes };
  }
}
