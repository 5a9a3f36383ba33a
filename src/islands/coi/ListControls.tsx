import { type ListQuery, SORTS, type SortKey } from '../../domain/coi/list';
import { TIER_ORDER, TIER_WORDS } from '../../domain/coi/tiers';
import type { Tier } from '../../schemas/contact';

interface Props {
  query: ListQuery;
  counts: Record<Tier, number>;
  tags: string[];
  onChange: (q: ListQuery) => void;
}

/** Search, tier and tag filters, and sort order for the list of people. */
export function ListControls({ query, counts, tags, onChange }: Props) {
  const total = counts.core + counts.potential + counts.triage + counts.other;
  return (
    <search class="coi-controls" aria-label="Find people">
      <p class="coi-search">
        <label for="coi-search">Search</label>
        <input
          id="coi-search"
          type="search"
          placeholder="Name, organization, tag…"
          value={query.text}
          onInput={(e) => onChange({ ...query, text: e.currentTarget.value })}
        />
      </p>
      <p>
        <label for="coi-tier">List</label>
        <select
          id="coi-tier"
          value={query.tier}
          onChange={(e) => onChange({ ...query, tier: e.currentTarget.value as Tier | 'all' })}
        >
          <option value="all">All lists ({total})</option>
          {TIER_ORDER.map((t) => (
            <option key={t} value={t}>
              {TIER_WORDS[t].list} ({counts[t]})
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="coi-tag">Tag</label>
        <select id="coi-tag" value={query.tag} onChange={(e) => onChange({ ...query, tag: e.currentTarget.value })}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="coi-sort">Sort by</label>
        <select
          id="coi-sort"
          value={query.sort}
          onChange={(e) => onChange({ ...query, sort: e.currentTarget.value as SortKey })}
        >
          {(Object.keys(SORTS) as SortKey[]).map((k) => (
            <option key={k} value={k}>
              {SORTS[k]}
            </option>
          ))}
        </select>
      </p>
    </search>
  );
}
