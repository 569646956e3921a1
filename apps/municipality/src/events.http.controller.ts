import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import {
  bearerTokenMatches,
  parseCloudEvent,
  readBody,
  replyJson,
  ResidentSync,
  SubscriberErrorCode,
  SubscriberException,
  SyncStats,
} from '@sild/examples-population';
import { MunicipalityMetrics } from './municipality.metrics';
import { MUNICIPALITY_SETTINGS, type MunicipalitySettings } from './municipality.settings';

/** Largest CloudEvent body accepted. */
export const MAX_EVENT_BYTES = 1024 * 1024;

/** HTTP status of a refusal: 4xx for what will never apply, 503 for "try again later". */
function statusOf(code: SubscriberErrorCode): number {
  switch (code) {
    case SubscriberErrorCode.MALFORMED_EVENT:
    case SubscriberErrorCode.WRONG_SUBSCRIPTION:
      return 400;
    case SubscriberErrorCode.UNSUPPORTED_MEDIA_TYPE:
      return 415;
    case SubscriberErrorCode.UNAVAILABLE:
      return 503;
  }
}

/**
 * POST /events: the webhook the gateway delivers to, in the CloudEvents HTTP binary content mode.
 * 200 once the table holds the event's effect (also for a duplicate), 4xx for an event that will
 * never apply (the gateway dead-letters it), 503 when it cannot be applied yet (retried).
 */
@Controller()
export class EventsHttpController {
  constructor(
    @Inject(ResidentSync) private readonly sync: ResidentSync,
    @Inject(SyncStats) private readonly stats: SyncStats,
    @Inject(MunicipalityMetrics) private readonly metrics: MunicipalityMetrics,
    @Inject(MUNICIPALITY_SETTINGS) private readonly settings: MunicipalitySettings,
  ) {}

  @Post('events')
  async receive(@Req() request: IncomingMessage, @Res() response: ServerResponse): Promise<void> {
    if (!bearerTokenMatches(request.headers.authorization, this.settings.httpToken)) {
      request.resume();
      replyJson(response, 401, { error: 'ACCESS_DENIED', message: 'a valid bearer token is required' });
      return;
    }
    const body = await readBody(request, MAX_EVENT_BYTES);
    if (body === undefined) {
      replyJson(response, 413, { error: 'TOO_LARGE', message: `the event exceeds ${MAX_EVENT_BYTES} bytes` });
      return;
    }
    try {
      const event = parseCloudEvent(request.headers, body);
      const { subscriptionIds } = this.settings;
      if (subscriptionIds.length > 0 && !subscriptionIds.includes(event.subscriptionId ?? '')) {
        throw new SubscriberException(
          SubscriberErrorCode.WRONG_SUBSCRIPTION,
          'ce-sildsubscription is not one of MUNICIPALITY_SUBSCRIPTION_IDS',
        );
      }
      replyJson(response, 200, { outcome: await this.sync.apply(event) });
    } catch (error) {
      if (!(error instanceof SubscriberException)) throw error;
      if (error.code !== SubscriberErrorCode.UNAVAILABLE) {
        this.stats.rejected();
        this.metrics.rejected('webhook');
      }
      this.settings.logger.warn({ code: error.code, reason: error.message }, 'event refused');
      replyJson(response, statusOf(error.code), { error: error.code, message: error.message });
    }
  }
}
