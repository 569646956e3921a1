import { describe, expect, it } from 'vitest';
import { PopulationRegister } from '../population-register';
import { loadResidents, type ResidentSource } from './initial-load';
import { ResidentTable } from './resident-table';

describe('loadResidents', () => {
  it('reads every page into the table, and goes on from the last page read after a failure', async () => {
    const register = PopulationRegister.generate({ size: 1_000, seed: 'load-spec' });
    const tokens: string[] = [];
    let failAt = 3;
    const source: ResidentSource = {
      searchPage: (municipalityCode, pageToken) => {
        tokens.push(pageToken);
        failAt -= 1;
        if (failAt === 0) return Promise.reject(new Error('gateway down'));
        const page = register.search({ municipalityCode, pageSize: 40, pageToken });
        return Promise.resolve({ persons: page.persons, nextPageToken: page.nextPageToken });
      },
    };
    const table = new ResidentTable('0363');
    let from = '';
    let read = 0;
    const track = (next: string, persons: number) => {
      from = next;
      read += persons;
    };
    await expect(loadResidents(table, source, from, track)).rejects.toThrow('gateway down');
    expect(read).toBe(80);
    await loadResidents(table, source, from, track);
    const truth = register.residentsOf('0363');
    expect(read).toBe(truth.length);
    expect(tokens.filter((t) => t === tokens[2])).toHaveLength(2); // the failed page was asked again
    expect(table.listing().residents.map((r) => r.nationalId)).toEqual(truth.map((p) => p.nationalId));
  });
});
