/**
 * The national ids of the living residents of each municipality, kept sorted, so a search page
 * is a binary search and a slice, and a change is one insertion or removal.
 */
export class ResidentIndex {
  private readonly byMunicipality = new Map<string, string[]>();

  add(municipalityCode: string, nationalId: string): void {
    let ids = this.byMunicipality.get(municipalityCode);
    if (ids === undefined) {
      ids = [];
      this.byMunicipality.set(municipalityCode, ids);
    }
    const at = firstAfter(ids, nationalId, true);
    if (ids[at] !== nationalId) ids.splice(at, 0, nationalId);
  }

  remove(municipalityCode: string, nationalId: string): void {
    const ids = this.byMunicipality.get(municipalityCode);
    if (ids === undefined) return;
    const at = firstAfter(ids, nationalId, true);
    if (ids[at] === nationalId) ids.splice(at, 1);
  }

  /** The id at `index` in national id order, if there is one. */
  at(municipalityCode: string, index: number): string | undefined {
    return this.byMunicipality.get(municipalityCode)?.[index];
  }

  count(municipalityCode: string): number {
    return this.byMunicipality.get(municipalityCode)?.length ?? 0;
  }

  /** Up to `limit` ids after `after` ('' for the first page), in order. */
  page(municipalityCode: string, after: string, limit: number): readonly string[] {
    const ids = this.byMunicipality.get(municipalityCode) ?? [];
    const start = after === '' ? 0 : firstAfter(ids, after, false);
    return ids.slice(start, start + limit);
  }

  /** Living residents per municipality code, in code order. */
  counts(): ReadonlyMap<string, number> {
    return new Map(
      [...this.byMunicipality.entries()]
        .filter(([, ids]) => ids.length > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, ids]) => [code, ids.length]),
    );
  }
}

/** Index of the first id > `id` (or >= `id` when `inclusive`) in sorted `ids`. */
function firstAfter(ids: readonly string[], id: string, inclusive: boolean): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = ids[middle] ?? '';
    if (value < id || (!inclusive && value === id)) low = middle + 1;
    else high = middle;
  }
  return low;
}
