import {
  cloudEventHeaders,
  type AttemptOutcome,
  type EventDelivery,
  type WebhookEndpoint,
} from '@sild/gateway-domain';
import { currentTraceContext } from '@sild/platform-telemetry';

/** Statuses worth retrying besides 5xx: request timeout and too many requests. */
const RETRYABLE = new Set([408, 429]);

/** Retry-After in milliseconds (delta seconds or an HTTP date), when the endpoint sent one. */
function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The subscriber system's webhook: one POST per attempt in the CloudEvents HTTP binary content
 * mode (the payload is the body, the event's attributes are `ce-*` headers), with the gateway's
 * bearer token. 2xx: taken. 408, 429 and 5xx: retry later. Any other status (redirects are not
 * followed): refused for good.
 */
export class HttpWebhookEndpoint implements WebhookEndpoint {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async post(event: EventDelivery, signal: AbortSignal): Promise<AttemptOutcome> {
    const response = await fetch(this.url, {
      method: 'POST',
      signal,
      redirect: 'manual',
      body: Buffer.from(event.payload),
      headers: {
        ...cloudEventHeaders(event, currentTraceContext().traceparent || event.traceparent),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
    });
    await response.body?.cancel();
    const { status } = response;
    if (status >= 200 && status < 300) return { ok: true };
    const error = `HTTP ${status} from the webhook`;
    if (status >= 500 || RETRYABLE.has(status)) {
      const wait = retryAfterMs(response.headers.get('retry-after'));
      return { ok: false, permanent: false, error, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
    }
    return { ok: false, permanent: true, error };
  }
}
