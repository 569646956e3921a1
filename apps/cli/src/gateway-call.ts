// `sild call`: the CallRequest of the gateway's gRPC API from the command line, and its answer
// for people and machines.
import { readFileSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { clientObject, serviceObject, type ProtoObject } from '@sild/registry-config';
import { parseMilliseconds, parseService, parseSubsystem } from './identifiers';
import type { Output } from './output';

export interface CallOptions {
  as: string;
  type: string;
  jsonPayload?: string;
  payloadFile?: string;
  onBehalfOf: string;
  purpose: string;
  timeout?: string;
}

interface EncodedPayload {
  payload: Buffer;
  payloadType: string;
  payloadEncoding: string;
}

/** The gateway's CallRequest as a gRPC object. */
export interface CallRequest extends EncodedPayload {
  client: ProtoObject;
  service: ProtoObject;
  onBehalfOf: string;
  purpose: string;
  /** 0: the gateway's default. */
  timeoutMs: number;
}

export interface CallResponse {
  messageId: string;
  traceId: string;
  result: (EncodedPayload & { responseMessageId: string }) | null;
  error: { reason: string; message: string; retryable: boolean; details: Record<string, string> } | null;
}

const TYPE_PREFIX = 'type.googleapis.com/';
const messageName = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** A type URL, or a full message name that becomes `type.googleapis.com/<name>`. */
export function parseTypeUrl(text: string): string {
  const url = text.includes('/') ? text : `${TYPE_PREFIX}${text}`;
  const name = url.slice(url.lastIndexOf('/') + 1);
  if (!messageName.test(name) || /\s/.test(url))
    throw new InvalidArgumentError(`"${text}" is not a type URL or a message name like pkg.v1.Message`);
  return url;
}

/** JSON text as UTF-8 (the provider answers in JSON too), or a file of protobuf bytes. */
function payloadOf(opts: CallOptions): Omit<EncodedPayload, 'payloadType'> {
  if (opts.jsonPayload !== undefined && opts.payloadFile !== undefined)
    throw new Error('give at most one of --json-payload or --payload-file');
  if (opts.jsonPayload === undefined)
    return {
      payload: opts.payloadFile === undefined ? Buffer.alloc(0) : readFileSync(opts.payloadFile),
      payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
    };
  try {
    JSON.parse(opts.jsonPayload);
  } catch (error) {
    throw new InvalidArgumentError(`--json-payload is not JSON: ${(error as Error).message}`);
  }
  return { payload: Buffer.from(opts.jsonPayload, 'utf8'), payloadEncoding: 'PAYLOAD_ENCODING_JSON' };
}

/** The gateway's CallRequest for `service` and the command's options. */
export const callRequest = (service: string, opts: CallOptions): CallRequest => ({
  client: clientObject(parseSubsystem(opts.as)),
  service: serviceObject(parseService(service)),
  payloadType: parseTypeUrl(opts.type),
  ...payloadOf(opts),
  onBehalfOf: opts.onBehalfOf,
  purpose: opts.purpose,
  timeoutMs: opts.timeout === undefined ? 0 : parseMilliseconds(opts.timeout),
});

/** The payload as a JSON value when it is JSON; undefined for other bytes. */
function jsonValueOf({ payload, payloadEncoding }: EncodedPayload): unknown {
  if (payloadEncoding !== 'PAYLOAD_ENCODING_JSON') return undefined;
  try {
    return JSON.parse(payload.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Prints the answer: the ids, then the payload (pretty JSON, or base64 of other bytes). A refused
 * or failed call is printed too (its ids lead to the audit trail), then thrown as `REASON: message`.
 */
export function showCallResponse(out: Output, response: CallResponse): void {
  const ids = { messageId: response.messageId, traceId: response.traceId };
  const { result, error } = response;
  if (error) {
    const reason = error.reason.replace(/^REASON_/, '');
    const details = Object.keys(error.details).length > 0 ? { details: error.details } : {};
    out.record({ ...ids, error: reason, message: error.message, retryable: error.retryable, ...details });
    throw new Error(`${reason}: ${error.message}`);
  }
  if (!result) throw new Error('the gateway answered with neither a result nor an error');
  const json = jsonValueOf(result);
  const encoding = result.payloadEncoding.replace(/^PAYLOAD_ENCODING_/, '');
  out.record({
    ...ids,
    responseMessageId: result.responseMessageId,
    payloadType: result.payloadType,
    ...(out.json
      ? { payloadEncoding: encoding, payload: json === undefined ? result.payload : json }
      : {
          payload: `${encoding}, ${result.payload.length} bytes${json === undefined ? ' (base64 below)' : ''}`,
        }),
  });
  out.note(json === undefined ? result.payload.toString('base64') : JSON.stringify(json, null, 2));
}
