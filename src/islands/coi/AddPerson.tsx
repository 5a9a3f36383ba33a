import { useRef, useState } from 'preact/hooks';
import { TIER_ORDER, TIER_WORDS } from '../../domain/coi/tiers';
import type { Tier } from '../../schemas/contact';

interface Props {
  /** Adds the person; returns true when they were added. */
  onAdd: (name: string, organization: string, tier: Tier) => boolean;
}

/** A short form to add one person; keeps focus in the name field so many can be typed in a row. */
export function AddPerson({ onAdd }: Props) {
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const [tier, setTier] = useState<Tier>('potential');
  const nameField = useRef<HTMLInputElement>(null);
  return (
    <form
      class="coi-add panel"
      aria-labelledby="coi-add-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (onAdd(name, org, tier)) {
          setName('');
          setOrg('');
        }
        nameField.current?.focus();
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
            onInput={(e) => setName(e.currentTarget.value)}
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
            onInput={(e) => setOrg(e.currentTarget.value)}
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
    </form>
  );
}
