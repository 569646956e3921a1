import { Reason } from '@sild/contracts';
import {
  personsOperationOf,
  type BackendAnswer,
  type BackendCall,
  type PersonsBackend,
} from '@sild/examples-population';
import type { Logger } from '@sild/platform-logging';
import { contextFrom, withSpan } from '@sild/platform-telemetry';

/** What the transport knows about a call besides its payload (never personal data). */
export interface CallInfo {
  readonly transport: 'grpc' | 'http';
  /** W3C trace context of the gateway's call, when it sent one. */
  readonly traceparent?: string | undefined;
  readonly tracestate?: string | undefined;
  /** The calling subsystem, e.g. `NL/MUN/0363/burgerzaken`. */
  readonly client?: string | undefined;
  readonly messageId?: string | undefined;
}

/**
 * One backend request, whichever transport brought it: handled by persons.v1 inside a span that
 * continues the caller's trace, and logged (operation and outcome only).
 */
export class BackendHandler {
  constructor(
    private readonly backend: PersonsBackend,
    private readonly logger: Logger,
  ) {}

  handle(call: BackendCall, info: CallInfo): Promise<BackendAnswer> {
    const parent = info.traceparent
      ? contextFrom({ traceparent: info.traceparent, tracestate: info.tracestate ?? '' })
      : undefined;
    return withSpan(
      'population.handle',
      (span) => {
        const operation = personsOperationOf(call.payloadType) ?? 'unknown';
        const answer = this.backend.handle(call);
        const outcome = 'error' in answer ? Reason[answer.error.reason] : 'answered';
        span.setAttributes({
          'sild.operation': operation,
          'sild.outcome': outcome,
          'sild.transport': info.transport,
        });
        this.logger.info(
          { transport: info.transport, operation, outcome, client: info.client, messageId: info.messageId },
          'error' in answer ? 'request refused' : 'request answered',
        );
        return Promise.resolve(answer);
      },
      parent,
    );
  }
}
