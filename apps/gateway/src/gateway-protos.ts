import { resolve } from 'node:path';
import { PayloadEncoding, Reason } from '@sild/contracts';
import { loadProtos } from '@sild/platform-grpc';

export const GATEWAY_SERVICE = 'sild.gateway.v1.Gateway';
export const BACKEND_SERVICE = 'sild.gateway.v1.ProviderBackend';
export const EVENTS_SERVICE = 'sild.gateway.v1.Events';

/** The gateway's .proto files (the same path from the sources and from dist/). */
export const gatewayPackageDefinition = () =>
  loadProtos(
    ['sild/gateway/v1/gateway.proto', 'sild/gateway/v1/events.proto'],
    [resolve(import.meta.dirname, '../../../proto')],
  );

/** @grpc/proto-loader hands enums over by name: back to numbers, unknown names to `fallback`. */
export function enumValue<E extends Record<string, string | number>>(
  values: E,
  name: unknown,
  fallback: E[keyof E],
): E[keyof E] {
  const value = typeof name === 'string' ? values[name as keyof E] : undefined;
  return typeof value === 'number' ? value : fallback;
}

/** A payload encoding by name; unset (or unknown) means protobuf, as the .proto files say. */
export function encodingOf(name: unknown): PayloadEncoding {
  const encoding = enumValue(PayloadEncoding, name, PayloadEncoding.PAYLOAD_ENCODING_UNSPECIFIED);
  return encoding === PayloadEncoding.PAYLOAD_ENCODING_UNSPECIFIED
    ? PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF
    : encoding;
}

export const reasonFromName = (name: unknown): Reason => enumValue(Reason, name, Reason.REASON_UNSPECIFIED);
