import { PayloadEncoding, Reason } from '@sild/contracts';
import { failure, GatewayException } from './gateway.exception';
import type { BackendAnswer, BackendCall, ProviderBackend } from './gateway.ports';

/** Reasons a provider system may give the client; anything else is reported as its failure. */
const PROVIDER_REASONS: ReadonlySet<Reason> = new Set([
  Reason.REASON_INVALID_ARGUMENT,
  Reason.REASON_NOT_FOUND,
  Reason.REASON_ACCESS_DENIED,
  Reason.REASON_FAILED_PRECONDITION,
  Reason.REASON_RATE_LIMITED,
  Reason.REASON_PROVIDER_UNAVAILABLE,
]);

const ENCODINGS: ReadonlySet<unknown> = new Set([
  PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
  PayloadEncoding.PAYLOAD_ENCODING_JSON,
  PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM,
]);

export interface BackendLimits {
  /** Longest wait for the provider system. */
  readonly timeoutMs: number;
  /** Largest response payload accepted from it. */
  readonly maxPayloadBytes: number;
}

/**
 * Calls the provider system with a deadline and checks what comes back: a hang ends at the
 * deadline, a crash or garbage becomes PROVIDER_UNAVAILABLE, a refusal keeps its reason when it
 * is one a provider may give. Never throws anything but GatewayException.
 */
export async function callBackend(
  backend: ProviderBackend,
  call: BackendCall,
  limits: BackendLimits,
): Promise<BackendAnswer> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        failure(
          Reason.REASON_PROVIDER_UNAVAILABLE,
          `provider system did not answer in ${limits.timeoutMs} ms`,
        ),
      );
    }, limits.timeoutMs);
  });
  try {
    const answer = await Promise.race([backend.handle(call, controller.signal), deadline]);
    return checked(answer, limits);
  } catch (error) {
    if (error instanceof GatewayException) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw failure(Reason.REASON_PROVIDER_UNAVAILABLE, `provider system failed: ${why.slice(0, 200)}`);
  } finally {
    clearTimeout(timer);
  }
}

function checked(answer: BackendAnswer, limits: BackendLimits): BackendAnswer {
  if ('error' in answer) {
    const reason = PROVIDER_REASONS.has(answer.error.reason)
      ? answer.error.reason
      : Reason.REASON_PROVIDER_UNAVAILABLE;
    return { error: { reason, message: answer.error.message.slice(0, 500) } };
  }
  if (
    !(answer.payload instanceof Uint8Array) ||
    !answer.payloadType ||
    !ENCODINGS.has(answer.payloadEncoding)
  ) {
    throw failure(Reason.REASON_PROVIDER_UNAVAILABLE, 'provider system returned an invalid answer');
  }
  if (answer.payload.length > limits.maxPayloadBytes) {
    throw failure(Reason.REASON_PROVIDER_UNAVAILABLE, 'provider system answer exceeds the payload limit');
  }
  return answer;
}
