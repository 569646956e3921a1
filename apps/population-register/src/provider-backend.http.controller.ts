import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { PayloadEncoding, Reason } from '@sild/contracts';
import { bearerTokenMatches, readBody } from '@sild/examples-population';
import { BackendHandler } from './backend-handler.service';
import { header, refuse } from './http-replies';

/** Injection token of the bearer token the gateway must present ('' = open). */
export const BACKEND_AUTH_TOKEN = Symbol('BACKEND_AUTH_TOKEN');

/** Largest request payload accepted over HTTP. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;

const CONTENT_TYPES: Readonly<Record<string, PayloadEncoding>> = {
  'application/x-protobuf': PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
  'application/json': PayloadEncoding.PAYLOAD_ENCODING_JSON,
};

const contentTypeOf = (encoding: PayloadEncoding): string =>
  encoding === PayloadEncoding.PAYLOAD_ENCODING_JSON ? 'application/json' : 'application/x-protobuf';

/**
 * POST /sild/backend: the HTTP form of ProviderBackend.Handle (docs/examples.md). The body is the
 * request payload; the answer is the response payload, or a JSON refusal with its reason.
 */
@Controller('sild')
export class ProviderBackendHttpController {
  constructor(
    @Inject(BackendHandler) private readonly handler: BackendHandler,
    @Inject(BACKEND_AUTH_TOKEN) private readonly token: string,
  ) {}

  @Post('backend')
  async handle(@Req() request: IncomingMessage, @Res() response: ServerResponse): Promise<void> {
    if (!bearerTokenMatches(header(request, 'authorization'), this.token)) {
      refuse(response, Reason.REASON_ACCESS_DENIED, 'a valid bearer token is required');
      request.resume();
      return;
    }
    const mediaType = (header(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const payloadEncoding = CONTENT_TYPES[mediaType];
    if (payloadEncoding === undefined) {
      refuse(
        response,
        Reason.REASON_INVALID_ARGUMENT,
        'content-type must be application/x-protobuf or application/json',
        415,
      );
      request.resume();
      return;
    }
    const payload = await readBody(request, MAX_PAYLOAD_BYTES);
    if (payload === undefined) {
      refuse(response, Reason.REASON_TOO_LARGE, `the payload exceeds ${MAX_PAYLOAD_BYTES} bytes`);
      return;
    }
    const answer = await this.handler.handle(
      { payloadType: header(request, 'sild-payload-type') ?? '', payload, payloadEncoding },
      {
        transport: 'http',
        traceparent: header(request, 'traceparent'),
        tracestate: header(request, 'tracestate'),
        client: header(request, 'sild-client'),
        messageId: header(request, 'sild-message-id'),
      },
    );
    if ('error' in answer) {
      refuse(response, answer.error.reason, answer.error.message);
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypeOf(answer.payloadEncoding),
      'sild-payload-type': answer.payloadType,
    });
    response.end(answer.payload);
  }
}
