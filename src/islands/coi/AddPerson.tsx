import { useRef, useState } from 'preact/hooks';
import { TIER_ORDER, TIER_WORDS } from '../../domain/coi/tiers';
import type { Tier } from '../../schemas/contact';

interface Props {
  /**
   * Adds the person (`keepBoth`: even though they look like someone saved); returns true
   * when they were added, or a sentence when they look like someone already saved.
   */
  onAdd: (name: string, organization: string, tier: Tier, keepBoth?: boolean) => Promise<boolean | string>;
  /** Merges what was typed into the saved person they look like; returns true when done. */
  onMerge: (name: string, organization: string) => Promise<boolean>;
}

/**
 * A short form to add one person; keeps focus in the name field so many can be typed in a
 * row. Someone who looks like a person already saved is not added until the reader says
 * "Merge" or "Keep both".
 */
export function AddPerson({ onAdd, onMerge }: Props) {
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const [tier, setTier] = useState<Tier>('potential');
  const [warning, setWarning] = useState<string | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  /** After an answer: empty fields, ready for the next name. */
  const done = (ok: boolean) => {
    if (ok) {
      setName('');
      setOrg('');
    }
    setWarning(null);
    nameField.current?.focus();
  };
  return (
    <form
      class="coi-add panel"
      aria-labelledby="coi-add-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const added = await onAdd(name, org, tier);
        if (typeof added === 'string') {
          setWarning(added);
          requestAnimationFrame(() => mergeButton.current?.focus());
        } else done(added);
      }}
    >
      <h2 id="coi-add-title">Add a person</h2>
      <div class="coi-add-fields">
        <p>
          <label for="coi-add-name">Name</label>
          <input
            ref={nameField}
            id="coi-add-name"
            type="text"
            autoComplete="off"
            required
            maxLength={400}
            value={name}
            onInput={(e) => {
              setName(e.currentTarget.value);
              setWarning(null);
            }}
          />
        </p>
        <p>
          <label for="coi-add-org">Organization (optional)</label>
          <input
            id="coi-add-org"
            type="text"
            autoComplete="off"
            maxLength={400}
            value={org}
            onInput={(e) => {
              setOrg(e.currentTarget.value);
              setWarning(null);
            }}
          />
        </p>
        <p>
          <label for="coi-add-tier">Add to</label>
          <select id="coi-add-tier" value={tier} onChange={(e) => setTier(e.currentTarget.value as Tier)}>
            {TIER_ORDER.map((t) => (
              <option key={t} value={t}>
                {TIER_WORDS[t].list}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit" class="button">
            Add person
          </button>
        </p>
      </div>
      {warning && (
        <div class="notice warn coi-twin">
          <p role="alert">{warning}</p>
          <p class="actions">
            <button
              type="button"
              class="button small"
              ref={mergeButton}
              onClick={async () => done(await onMerge(name, org))}
            >
              Merge
            </button>
            <button
              type="button"
              class="button secondary small"
              onClick={async () => done((await onAdd(name, org, tier, true)) === true)}
            >
              Keep both
            </button>
          </p>
        </div>
      )}
    </form>
  );
}
