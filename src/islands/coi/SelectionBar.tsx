import { useState } from 'preact/hooks';
import type { BulkAction } from '../../domain/coi/bulk';
import { TIER_ORDER, TIER_WORDS } from '../../domain/coi/tiers';
import type { Tier } from '../../schemas/contact';

interface Props {
  /** How many people are selected. */
  count: number;
  /** Of those, how many the search and filters do not show. */
  hidden: number;
  /** How many people match the search and filters. */
  matching: number;
  /** Whether every matching person is selected. */
  allMatching: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onAction: (action: BulkAction) => void;
}

/** What to do with the selected people: move them to a list, tag or untag them, or delete them; each in one step. */
export function SelectionBar({ count, hidden, matching, allMatching, onSelectAll, onClear, onAction }: Props) {
  const [to, setTo] = useState<Tier>('potential');
  const [tags, setTags] = useState('');
  return (
    <section class="coi-bulk" aria-labelledby="coi-bulk-title">
      <div class="coi-bulk-head">
        <h3 id="coi-bulk-title">
          {count} selected
          {hidden > 0 && <span class="muted"> ({hidden} not shown by the search or filters)</span>}
        </h3>
        {!allMatching && (
          <button type="button" class="button secondary small" onClick={onSelectAll}>
            Select all {matching} matching
          </button>
        )}
        <button type="button" class="button secondary small" aria-keyshortcuts="Escape" onClick={onClear}>
          Clear<span class="visually-hidden"> selection</span>
        </button>
      </div>
      <div class="coi-bulk-actions">
        <form
          class="coi-bulk-group"
          onSubmit={(e) => {
            e.preventDefault();
            onAction({ kind: 'move', to });
          }}
        >
          <label for="coi-bulk-to">Move to</label>
          <select id="coi-bulk-to" value={to} onChange={(e) => setTo(e.currentTarget.value as Tier)}>
            {TIER_ORDER.map((t) => (
              <option key={t} value={t}>
                {TIER_WORDS[t].list}
              </option>
            ))}
          </select>
          <button type="submit" class="button small">
            Move
          </button>
        </form>
        <form
          class="coi-bulk-group"
          onSubmit={(e) => {
            e.preventDefault();
            onAction({ kind: 'tag', tags });
          }}
        >
          <label for="coi-bulk-tags">Tags</label>
          <input
            id="coi-bulk-tags"
            type="text"
            autoComplete="off"
            maxLength={200}
            placeholder="golf, lawyers"
            value={tags}
            onInput={(e) => setTags(e.currentTarget.value)}
          />
          <button type="submit" class="button small">
            Add tag
          </button>
        </form>
        <button type="button" class="button secondary small" onClick={() => onAction({ kind: 'untag', tags })}>
          Remove tag
        </button>
        <button
          type="button"
          class="button secondary danger small coi-bulk-delete"
          onClick={() => onAction({ kind: 'delete' })}
        >
          Delete {count === 1 ? '1 person' : `${count} people`}
        </button>
      </div>
    </section>
  );
}
