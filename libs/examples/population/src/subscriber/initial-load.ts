import type { PersonRecord } from '../person';
import type { ResidentTable } from './resident-table';

/** One page of a municipality's living residents (persons.v1 "search by municipality"). */
export interface ResidentPage {
  readonly persons: readonly PersonRecord[];
  /** Empty on the last page. */
  readonly nextPageToken: string;
}

export interface ResidentSource {
  searchPage(municipalityCode: string, pageToken: string): Promise<ResidentPage>;
}

/**
 * Reads every page of the municipality's residents into the table. Events applied before or
 * during the load keep precedence (see ResidentTable.load), so the subscription may start first.
 * `pageDone` hears of each page (its next token, the persons on it), so that a caller can go on
 * from the last page read after a failure.
 */
export async function loadResidents(
  table: ResidentTable,
  source: ResidentSource,
  from = '',
  pageDone: (nextPageToken: string, persons: number) => void = () => undefined,
): Promise<void> {
  let token = from;
  do {
    const page = await source.searchPage(table.municipalityCode, token);
    for (const person of page.persons) table.load(person);
    token = page.nextPageToken;
    pageDone(token, page.persons.length);
  } while (token !== '');
}
