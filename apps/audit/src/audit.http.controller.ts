// The Audit API as REST/JSON on the HTTP port, the same operations as gRPC, answers in the
// protobuf JSON mapping. Authorization: `Bearer <token>` as for gRPC.
import { Controller, Get, Headers, Inject, Param, Query, UseFilters } from '@nestjs/common';
import { AuditApi, timeOf } from './audit-api';
import { AuditHttpErrors } from './audit-http-errors';
import { forEdge } from './audit-presenter';

type QueryParams = Record<string, string | undefined>;

/** A whole number of a query string ('' or absent: 0); anything else is NaN, refused by the domain. */
const integer = (value: string | undefined): number =>
  value === undefined || value === '' ? 0 : /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;

@Controller('v1')
@UseFilters(AuditHttpErrors)
export class AuditHttpController {
  constructor(@Inject(AuditApi) private readonly api: AuditApi) {}

  @Get('traces/:traceId')
  async trace(@Headers('authorization') auth: string | undefined, @Param('traceId') traceId: string) {
    return forEdge(await this.api.trace(auth, traceId), 'json');
  }

  @Get('traces/:traceId/bundle')
  async bundle(
    @Headers('authorization') auth: string | undefined,
    @Param('traceId') traceId: string,
    @Query('knownTreeSize') known: string | undefined,
  ) {
    const exported = await this.api.exportTrace(auth, traceId, integer(known));
    return {
      bundle: JSON.parse(exported.bundleJson) as unknown,
      uncoveredEntries: exported.uncoveredEntries,
    };
  }

  @Get('messages/:messageId')
  async message(@Headers('authorization') auth: string | undefined, @Param('messageId') messageId: string) {
    return forEdge(await this.api.message(auth, messageId), 'json');
  }

  @Get('entries')
  async list(@Headers('authorization') auth: string | undefined, @Query() query: QueryParams) {
    const page = await this.api.list(auth, {
      member: query['member'] ?? '',
      service: query['service'] ?? '',
      eventType: query['eventType'] ?? '',
      fromMs: timeOf(query['from'], 'from'),
      toMs: timeOf(query['to'], 'to'),
      pageSize: integer(query['pageSize']),
      pageToken: query['pageToken'] ?? '',
    });
    return forEdge(page, 'json');
  }

  @Get('subjects/:subjectKey')
  async subject(
    @Headers('authorization') auth: string | undefined,
    @Param('subjectKey') subjectKey: string,
    @Query() query: QueryParams,
  ) {
    const page = await this.api.subject(auth, {
      subjectKey,
      fromMs: timeOf(query['from'], 'from'),
      toMs: timeOf(query['to'], 'to'),
      pageSize: integer(query['pageSize']),
      pageToken: query['pageToken'] ?? '',
    });
    return forEdge(page, 'json');
  }

  @Get('entries/:index/inclusion')
  async inclusion(
    @Headers('authorization') auth: string | undefined,
    @Param('index') index: string,
    @Query('treeSize') treeSize: string | undefined,
  ) {
    return forEdge(await this.api.inclusion(auth, integer(index), integer(treeSize)), 'json');
  }

  @Get('consistency')
  async consistency(@Headers('authorization') auth: string | undefined, @Query() query: QueryParams) {
    const proof = await this.api.consistency(auth, integer(query['size1']), integer(query['size2']));
    return forEdge(proof, 'json');
  }

  @Get('checkpoints/latest')
  async latest(@Headers('authorization') auth: string | undefined) {
    return forEdge(await this.api.latestCheckpoint(auth), 'json');
  }

  @Get('completeness')
  async completeness(@Headers('authorization') auth: string | undefined, @Query() query: QueryParams) {
    const report = await this.api.completeness(auth, integer(query['graceSeconds']), integer(query['limit']));
    return forEdge(report, 'json');
  }
}
