import { compiledOf, toJSON, type CompiledFilter } from './compiled-filter';
import type { FilterNode } from './filter-node';

/**
 * A filter matching exactly the events both `a` and `b` match; `a` is evaluated first.
 * Lists of `all` are flattened and repeated parts dropped, so intersecting a filter with itself
 * or with "match everything" gives it back unchanged. Limits are not applied: the result of two
 * valid filters has at most the sum of their nodes plus one, and one level more.
 */
export function intersect(a: CompiledFilter, b: CompiledFilter): CompiledFilter {
  if (!a.node) return b;
  if (!b.node) return a;
  const seen = new Set<string>();
  const parts: FilterNode[] = [];
  for (const part of [...conjunctsOf(a.node), ...conjunctsOf(b.node)]) {
    const key = toJSON(compiledOf(part));
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(part);
  }
  const [only] = parts;
  return compiledOf(parts.length === 1 && only ? only : { dialect: 'all', filters: parts });
}

/**
 * The filter the router applies to a subscription: the subscriber's `requested` filter can only
 * narrow what the provider `approved`, so the effective filter is `approved AND requested`
 * (deciding whether one filter implies another is not needed for that, and not attempted).
 */
export function narrows(approved: CompiledFilter, requested: CompiledFilter): CompiledFilter {
  return intersect(approved, requested);
}

const conjunctsOf = (node: FilterNode): readonly FilterNode[] =>
  node.dialect === 'all' ? node.filters : [node];
