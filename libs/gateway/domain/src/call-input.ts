import { Reason, type ClientId } from '@sild/contracts';
import { failure } from './gateway.exception';
import type { GatewayDirectory } from './gateway.ports';
import type { CallInput } from './client-calls.service';

export interface CallLimits {
  /** The gateway's member: callers act only as its subsystems. */
  readonly member: ClientId;
  readonly maxPayloadBytes: number;
  readonly defaultTimeoutMs: number;
  readonly maxTimeoutMs: number;
}

const TEXT_LIMIT = 1_000;

/** Checks a call before anything is signed; returns its timeout. Throws INVALID_ARGUMENT & co. */
export function checkCallInput(input: CallInput, limits: CallLimits, directory: GatewayDirectory): number {
  const { member } = limits;
  const { client } = input;
  if (
    client.instance !== member.instance ||
    client.memberClass !== member.memberClass ||
    client.memberCode !== member.memberCode ||
    !client.subsystem
  ) {
    throw failure(Reason.REASON_ACCESS_DENIED, "the client must be one of this gateway's subsystems");
  }
  const { provider } = input.service;
  if (!provider.instance || !provider.memberClass || !provider.memberCode || !provider.subsystem) {
    throw failure(Reason.REASON_INVALID_ARGUMENT, 'service.provider must name a subsystem');
  }
  if (!input.service.serviceCode || !input.service.serviceVersion) {
    throw failure(Reason.REASON_INVALID_ARGUMENT, 'service_code and service_version are required');
  }
  if (!directory.hasService(input.service))
    throw failure(Reason.REASON_UNKNOWN_SERVICE, 'the service is not registered');
  if (!input.payloadType) throw failure(Reason.REASON_INVALID_ARGUMENT, 'payload_type is required');
  for (const [field, value] of [
    ['on_behalf_of', input.onBehalfOf],
    ['purpose', input.purpose],
  ] as const) {
    if (!value.trim()) throw failure(Reason.REASON_INVALID_ARGUMENT, `${field} is required`);
    if (value.length > TEXT_LIMIT)
      throw failure(Reason.REASON_INVALID_ARGUMENT, `${field} exceeds ${TEXT_LIMIT} characters`);
  }
  if (input.payload.length > limits.maxPayloadBytes) {
    throw failure(Reason.REASON_TOO_LARGE, `payload exceeds ${limits.maxPayloadBytes} bytes`);
  }
  if (input.timeoutMs > limits.maxTimeoutMs) {
    throw failure(Reason.REASON_INVALID_ARGUMENT, `timeout_ms exceeds ${limits.maxTimeoutMs}`);
  }
  return input.timeoutMs > 0 ? input.timeoutMs : limits.defaultTimeoutMs;
}
