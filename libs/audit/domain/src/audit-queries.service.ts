// Auditors' questions, answered from the log and recorded in the query log (who, what, how many).
import type { Principal } from './principal';
import type { AuditQueryRepository, EntryRecord } from './audit-query.repository';
import { afterIndexOf, pageSizeOf, pageToken, rangeOf, textOf, traceIdOf } from './query-input';
import { AuditErrorCode, auditError } from './audit.exception';

/** At most this many entries answer a trace or message query (a trace is a handful of hops). */
export const MAX_TRACE_ENTRIES = 10_000;

export interface EntryPage {
  readonly entries: readonly EntryRecord[];
  readonly nextPageToken: string;
}

export interface ListInput {
  readonly member: string;
  readonly service: string;
  readonly eventType: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly pageSize: number;
  readonly pageToken: string;
}

export interface SubjectInput {
  readonly subjectKey: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly pageSize: number;
  readonly pageToken: string;
}

const pageOf = (entries: EntryRecord[], size: number): EntryPage => ({
  entries: entries.slice(0, size),
  nextPageToken: entries.length > size ? pageToken(entries[size - 1]?.index ?? 0) : '',
});

export class AuditQueries {
  constructor(private readonly repository: AuditQueryRepository) {}

  async trace(principal: Principal, traceId: string): Promise<EntryPage> {
    const id = traceIdOf(traceId);
    const entries = await this.repository.byTrace(id, MAX_TRACE_ENTRIES);
    return this.answered(principal, 'GetTrace', { traceId: id }, { entries, nextPageToken: '' });
  }

  async message(principal: Principal, messageId: string): Promise<EntryPage> {
    const id = textOf(messageId, 'message_id', 128);
    const entries = await this.repository.byMessage(id, MAX_TRACE_ENTRIES);
    return this.answered(principal, 'GetMessage', { messageId: id }, { entries, nextPageToken: '' });
  }

  async list(principal: Principal, input: ListInput): Promise<EntryPage> {
    if (input.service !== '' && input.eventType !== '') {
      throw auditError(AuditErrorCode.INVALID_ARGUMENT, 'give service or event_type, not both');
    }
    const service = input.service || input.eventType;
    if (input.member === '' && service === '') {
      throw auditError(AuditErrorCode.INVALID_ARGUMENT, 'give a member, a service or an event_type');
    }
    const criteria = {
      ...(input.member === '' ? {} : { member: textOf(input.member, 'member', 200) }),
      ...(service === '' ? {} : { service: textOf(service, input.service ? 'service' : 'event_type', 512) }),
      ...rangeOf(input.fromMs, input.toMs),
    };
    const size = pageSizeOf(input.pageSize);
    const entries = await this.repository.list(criteria, afterIndexOf(input.pageToken), size + 1);
    return this.answered(
      principal,
      'ListEntries',
      { ...criteria, pageToken: input.pageToken },
      pageOf(entries, size),
    );
  }

  async subject(principal: Principal, input: SubjectInput): Promise<EntryPage> {
    const subjectKey = textOf(input.subjectKey, 'subject_key', 256);
    const range = rangeOf(input.fromMs, input.toMs);
    const size = pageSizeOf(input.pageSize);
    const entries = await this.repository.bySubject(
      subjectKey,
      range,
      afterIndexOf(input.pageToken),
      size + 1,
    );
    return this.answered(
      principal,
      'GetSubjectAccess',
      { subjectKey, ...range, pageToken: input.pageToken },
      pageOf(entries, size),
    );
  }

  private async answered(
    principal: Principal,
    operation: string,
    parameters: Record<string, unknown>,
    page: EntryPage,
  ): Promise<EntryPage> {
    await this.repository.recordQuery({
      principal: principal.name,
      operation,
      parameters,
      results: page.entries.length,
    });
    return page;
  }
}
