import { PayloadEncoding, Reason } from '@sild/contracts';
import { clientKey, serviceKey } from '@sild/registry-config';
import type { BackendAnswer, BackendCall, ProviderBackend } from '@sild/gateway-domain';
import { reasonFromName } from './gateway-protos';

const CONTENT_TYPES: Readonly<Record<number, string>> = {
  [PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF]: 'application/x-protobuf',
  [PayloadEncoding.PAYLOAD_ENCODING_JSON]: 'application/json',
  [PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM]: 'application/octet-stream',
};

function encodingOfContentType(contentType: string | null): PayloadEncoding {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json') return PayloadEncoding.PAYLOAD_ENCODING_JSON;
  if (type === 'application/octet-stream') return PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM;
  return PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF;
}

/**
 * A provider system behind an HTTP endpoint (docs/examples.md, "HTTP backend protocol"): the
 * payload is the POST body, the Sild context travels in `sild-*` headers, the answer is the
 * response body; 4xx/5xx carry `{"reason": "REASON_...", "message": "..."}`.
 */
export class HttpProviderBackend implements ProviderBackend {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async handle(call: BackendCall, signal: AbortSignal): Promise<BackendAnswer> {
    const response = await fetch(this.url, {
      method: 'POST',
      signal,
      body: Buffer.from(call.payload),
      headers: {
        'content-type': CONTENT_TYPES[call.payloadEncoding] ?? 'application/x-protobuf',
        'sild-payload-type': call.payloadType,
        'sild-client': clientKey(call.client),
        'sild-service': serviceKey(call.service),
        'sild-message-id': call.messageId,
        'sild-on-behalf-of': encodeURIComponent(call.onBehalfOf),
        'sild-purpose': encodeURIComponent(call.purpose),
        ...(call.traceparent ? { traceparent: call.traceparent } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
    });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.ok) {
      return {
        payload: body,
        payloadType: response.headers.get('sild-payload-type') ?? '',
        payloadEncoding: encodingOfContentType(response.headers.get('content-type')),
      };
    }
    if (response.status >= 400 && response.status < 500) {
      const refusal = parseRefusal(body);
      if (refusal) return { error: refusal };
    }
    throw new Error(`HTTP ${response.status} from the provider system`);
  }
}

function parseRefusal(body: Buffer): { reason: Reason; message: string } | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { reason?: unknown; message?: unknown };
    const reason = reasonFromName(parsed.reason);
    if (reason === Reason.REASON_UNSPECIFIED) return undefined;
    return { reason, message: typeof parsed.message === 'string' ? parsed.message : '' };
  } catch {
    return undefined;
  }
}
