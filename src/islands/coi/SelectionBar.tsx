import { useRef, useState } from 'preact/hooks';
import type { BulkAction } from '../../domain/coi/bulk';
import { TIER_ORDER, TIER_WORDS } from '../../domain/coi/tiers';
import type { Tier } from '../../schemas/contact';
import { focusSoon } from '../status';

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
  /**
   * Asks to delete the selected: they go at once when the planner holds nothing for them;
   * otherwise this gives the question to ask first (null once they are deleted).
   */
  deleting: () => Promise<string | null>;
}

/** What to do with the selected people: move them to a list, tag or untag them, or delete them; each in one step. */
export function SelectionBar({
  count,
  hidden,
  matching,
  allMatching,
  onSelectAll,
  onClear,
  onAction,
  deleting,
}: Props) {
  const [to, setTo] = useState<Tier>('potential');
  const [tags, setTags] = useState('');
  /** The question asked before deleting, while it is open, and the selection it was asked about. */
  const [asking, setAsking] = useState<{ question: string; count: number } | null>(null);
  /** Whether a press of the delete button is being answered (a second press meanwhile does nothing). */
  const pressed = useRef(false);
  // A question about another selection is not the one to answer.
  const question = asking?.count === count ? asking.question : null;
  const many = count === 1 ? '1 person' : `${count} people`;
  const keep = () => {
    setAsking(null);
    focusSoon('coi-bulk-delete');
  };
  /** Escape on the question's buttons keeps them, as "Keep" does (and leaves the selection as it is). */
  const escapeKeeps = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    keep();
  };
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
          id="coi-bulk-delete"
          type="button"
          class="button secondary danger small coi-bulk-delete"
          onClick={async () => {
            if (pressed.current) return;
            pressed.current = true;
            const asked = await deleting().finally(() => {
              pressed.current = false;
            });
            if (!asked) return;
            setAsking({ question: asked, count });
            focusSoon('coi-bulk-confirm');
          }}
        >
          Delete {many}
        </button>
      </div>
      {question && (
        <div class="notice bad coi-confirm">
          <p id="coi-bulk-confirm-text">{question}</p>
          <p class="actions">
            <button
              id="coi-bulk-confirm"
              type="button"
              class="button danger small"
              aria-describedby="coi-bulk-confirm-text"
              onClick={() => {
                setAsking(null);
                onAction({ kind: 'delete' });
              }}
              onKeyDown={escapeKeeps}
            >
              Yes, delete {many}
            </button>
            <button type="button" class="button secondary small" onClick={keep} onKeyDown={escapeKeeps}>
              Keep {count === 1 ? 'them' : 'them all'}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
