import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import { Reason } from '@sild/contracts';
import {
  bearerTokenMatches,
  PERSON_EVENT_TYPES,
  readBody,
  replyJson,
  PopulationException,
  PopulationRegister,
  residentListing,
  type ChangeKind,
} from '@sild/examples-population';
import { ChangePublishing } from './change-publishing';
import { header, refuse } from './http-replies';
import { BACKEND_AUTH_TOKEN } from './provider-backend.http.controller';

/** Injection token of the change publishing (null when no gateway is configured). */
export const CHANGE_PUBLISHING = Symbol('CHANGE_PUBLISHING');

const MAX_CHANGES = 100_000;
const DEFAULT_WAIT_MS = 60_000;

const byEventType = (counts: Readonly<Record<ChangeKind, number>>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).map(([kind, n]) => [PERSON_EVENT_TYPES[kind as ChangeKind], n]));

function integerField(body: Record<string, unknown>, field: string, max: number, fallback?: number): number {
  const value = body[field] ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${field} must be an integer from 0 to ${max}`);
  }
  return value;
}

/**
 * The register's admin endpoints, for tests and the demo (docs/examples.md): apply changes now,
 * see what was published, and read the truth a municipality's table is compared with. They share
 * the backend's bearer token.
 */
@Controller('sild')
export class RegisterAdminHttpController {
  constructor(
    @Inject(PopulationRegister) private readonly register: PopulationRegister,
    @Inject(CHANGE_PUBLISHING) private readonly publishing: ChangePublishing | null,
    @Inject(BACKEND_AUTH_TOKEN) private readonly token: string,
  ) {}

  /** `{"count": N, "waitMs": 60000}`: applies N changes, answers once published (or after waitMs). */
  @Post('changes')
  async applyChanges(@Req() request: IncomingMessage, @Res() response: ServerResponse): Promise<void> {
    if (!this.allowed(request, response)) return;
    if (this.publishing === null) {
      refuse(
        response,
        Reason.REASON_FAILED_PRECONDITION,
        'changes are published: set POPULATION_GATEWAY_ADDRESS',
      );
      request.resume();
      return;
    }
    let count: number;
    let waitMs: number;
    try {
      const parsed: unknown = JSON.parse((await readBody(request, 4_096))?.toString('utf8') ?? '');
      if (typeof parsed !== 'object' || parsed === null)
        throw new RangeError('the body must be a JSON object');
      count = integerField(parsed as Record<string, unknown>, 'count', MAX_CHANGES);
      waitMs = integerField(parsed as Record<string, unknown>, 'waitMs', 600_000, DEFAULT_WAIT_MS);
    } catch (error) {
      const why = error instanceof RangeError ? error.message : 'the body must be JSON like {"count": 10}';
      refuse(response, Reason.REASON_INVALID_ARGUMENT, why);
      return;
    }
    const batch = await this.publishing.feed.apply(count);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([batch.settled(), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
    const pending = batch.total - batch.published;
    replyJson(response, pending === 0 ? 200 : 202, {
      applied: batch.total,
      byEventType: byEventType(batch.applied),
      published: batch.published,
      pending,
    });
  }

  @Get('changes')
  changes(@Req() request: IncomingMessage, @Res() response: ServerResponse): void {
    if (!this.allowed(request, response)) return;
    const p = this.publishing;
    if (p === null) {
      replyJson(response, 200, { publishing: false });
      return;
    }
    replyJson(response, 200, {
      publishing: true,
      applied: byEventType(p.counters.appliedByKind),
      published: byEventType(p.counters.publishedByKind),
      pending: p.outbox.pending,
      publishFailures: p.counters.failures,
      lastFailure: p.counters.lastFailure ?? null,
      generator: { perSecond: p.schedule.perSecond, made: p.schedule.count, finished: p.schedule.finished },
    });
  }

  /** `?municipality=0363`: the living residents, sorted, with the digest of their canonical form. */
  @Get('residents')
  residents(@Req() request: IncomingMessage, @Res() response: ServerResponse): void {
    if (!this.allowed(request, response)) return;
    const code = new URL(request.url ?? '/', 'http://register').searchParams.get('municipality') ?? '';
    try {
      replyJson(response, 200, residentListing(code, this.register.residentsOf(code)));
    } catch (error) {
      if (!(error instanceof PopulationException)) throw error;
      refuse(
        response,
        Reason.REASON_INVALID_ARGUMENT,
        `municipality: ${error.message.replace(/^[a-z_]+: /, '')}`,
      );
    }
  }

  private allowed(request: IncomingMessage, response: ServerResponse): boolean {
    if (bearerTokenMatches(header(request, 'authorization'), this.token)) return true;
    refuse(response, Reason.REASON_ACCESS_DENIED, 'a valid bearer token is required');
    request.resume();
    return false;
  }
}
