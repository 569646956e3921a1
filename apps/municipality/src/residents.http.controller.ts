import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { bearerTokenMatches, replyJson, ResidentTable, SyncStats } from '@sild/examples-population';
import { MunicipalityRuntime } from './municipality.runtime';
import { MUNICIPALITY_SETTINGS, type MunicipalitySettings } from './municipality.settings';

/** What the table holds (GET /residents, compared with the register's truth) and how it got there. */
@Controller()
export class ResidentsHttpController {
  constructor(
    @Inject(ResidentTable) private readonly table: ResidentTable,
    @Inject(SyncStats) private readonly stats: SyncStats,
    @Inject(MunicipalityRuntime) private readonly runtime: MunicipalityRuntime,
    @Inject(MUNICIPALITY_SETTINGS) private readonly settings: MunicipalitySettings,
  ) {}

  /** The residents in national id order with the digest of their canonical form (personal data). */
  @Get('residents')
  residents(@Req() request: IncomingMessage, @Res() response: ServerResponse): void {
    if (!bearerTokenMatches(request.headers.authorization, this.settings.httpToken)) {
      replyJson(response, 401, { error: 'ACCESS_DENIED', message: 'a valid bearer token is required' });
      return;
    }
    replyJson(response, 200, this.table.listing());
  }

  /** Counts only: events applied per type, duplicates, gaps, lag. */
  @Get('stats')
  statistics(): Record<string, unknown> {
    return {
      municipality: this.settings.code,
      delivery: this.settings.delivery,
      residents: this.table.count,
      initialLoad: this.runtime.initialLoad,
      streamsConnected: this.settings.delivery === 'stream' ? this.runtime.streamsConnected : undefined,
      events: this.stats.view(),
    };
  }
}
