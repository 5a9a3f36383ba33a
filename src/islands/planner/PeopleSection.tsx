import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { formatDate, plural } from '../../domain/dates';
import { RUNG_LABELS } from '../../domain/planner/ladder';
import { formatBalance } from '../../domain/planner/ledger';
import { matchesName } from '../../domain/planner/view';
import type { Rung, Tier } from '../../schemas/contact';
import { $plannerView, planner } from '../../store/planner';
import { $today } from '../../store/today';
import { DueBadge } from '../people/DueBadge';
import { focusSoon, Status, useStatus } from '../status';
import { TableHead } from '../table-head';
import { FormError, RUNG_OPTIONS, Select, TIER_OPTIONS } from './fields';
import { PersonDetail } from './PersonDetail';
import { $open, closePerson, openPerson } from './ui';

/** Shows 25 rows at first; more on request, so a long list stays quick to open. */
const PAGE = 25;

/** Relationships: add one, find one, see every account at a glance, and open one to log and plan. */
export function PeopleSection() {
  const view = useStore($plannerView);
  const today = useStore($today);
  const open = useStore($open);
  const [msg, say] = useStatus('people-status');
  const [name, setName] = useState('');
  const [tier, setTier] = useState<Tier>('other');
  const [rung, setRung] = useState<Rung | ''>('');
  const [error, setError] = useState<string | null>(null);
  // Someone saved who looks like the person being added: use them, or keep both.
  const [twin, setTwin] = useState<{ id: string; message: string } | null>(null);
  const [existing, setExisting] = useState('');
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);

  // Opening a person from another section: make sure their row is visible, then focus it.
  useEffect(() => {
    if (!open) return;
    const i = view.people.findIndex((p) => p.id === open.id);
    if (i < 0) return;
    if (query && !matchesName(view.people[i]?.contact.name ?? '', query)) setQuery('');
    if (i >= shown) setShown(i + 1);
    focusSoon(`person-${open.id}-title`);
  }, [open?.n]);

  const list = query ? view.people.filter((p) => matchesName(p.contact.name, query)) : view.people;

  const clearForm = () => {
    setError(null);
    setTwin(null);
    setName('');
    setRung('');
    setTier('other');
  };

  /** Adds the typed person (`keepBoth`: the saved person they look like but are not). */
  const add = (keepBoth?: string) => {
    const r = planner.addPerson({ name, tier, rung: rung || undefined, keepBoth }, today);
    if (!r.ok) {
      setError(r.message);
      setTwin(null);
      focusSoon('add-name');
      return;
    }
    clearForm();
    say({ text: `Added ${name.trim()}. Log a give below, or plan one.` });
    openPerson(r.id);
  };

  /** Uses the saved person instead of adding a second: brings them into the planner if needed. */
  const useSaved = (id: string) => {
    const inPlanner = view.people.find((p) => p.id === id);
    const who = inPlanner?.contact.name ?? view.others.find((o) => o.id === id)?.name ?? name.trim();
    if (!inPlanner && !planner.addExisting(id)) {
      say({
        text: `${who} could not be brought into the planner; see the message at the top of the page.`,
        tone: 'warn',
      });
      return;
    }
    clearForm();
    say({ text: inPlanner ? `${who} is already in your planner.` : `${who} is now in your planner.` });
    openPerson(id);
  };

  return (
    <div class="section-body">
      <Status id="people-status" msg={msg} set={say} />
      <form
        class="add-person"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          // While the look-alike question is open, Enter goes back to it rather than deciding.
          if (twin) return focusSoon('add-twin-use');
          const found = name.trim() ? await planner.lookalike(name) : null;
          if (found) {
            setTwin(found);
            focusSoon('add-twin-use');
            return;
          }
          add();
        }}
      >
        <h3>Add a relationship</h3>
        <div class="fields">
          <div class="field grow">
            <label for="add-name">Name</label>
            <input
              id="add-name"
              type="text"
              autoComplete="off"
              value={name}
              maxLength={400}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'add-error' : undefined}
              onInput={(e) => {
                setName((e.currentTarget as HTMLInputElement).value);
                setTwin(null);
              }}
            />
          </div>
          <Select id="add-tier" label="Kind of relationship" value={tier} onChange={setTier} options={TIER_OPTIONS} />
          <Select
            id="add-rung"
            label="Richest channel so far"
            value={rung}
            onChange={setRung}
            options={RUNG_OPTIONS}
            empty="Not placed yet"
          />
        </div>
        <FormError id="add-error" text={error} />
        {twin ? (
          <div class="notice warn add-twin">
            <p role="alert">{twin.message}</p>
            <p class="actions">
              <button id="add-twin-use" type="button" class="button small" onClick={() => useSaved(twin.id)}>
                Use the saved one
              </button>
              <button type="button" class="button secondary small" onClick={() => add(twin.id)}>
                Keep both
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button type="submit" class="button">
              Add relationship
            </button>
          </p>
        )}
      </form>
      {view.others.length > 0 && (
        <form
          class="add-existing"
          onSubmit={(e) => {
            e.preventDefault();
            if (!existing) return focusSoon('add-existing');
            const who = view.others.find((o) => o.id === existing)?.name ?? '';
            planner.addExisting(existing);
            setExisting('');
            say({ text: `${who} is now in your planner.` });
            openPerson(existing);
          }}
        >
          <div class="fields">
            <Select
              id="add-existing"
              label="Or bring in someone from your contacts"
              value={existing}
              options={view.others.map((o) => [o.id, o.name])}
              onChange={setExisting}
              empty="Choose a person"
            />
          </div>
          <p>
            <button type="submit" class="button secondary">
              Bring into the planner
            </button>
          </p>
        </form>
      )}
      {view.people.length === 0 ? (
        <p class="muted">No relationships yet. Start with one person who matters to your work.</p>
      ) : (
        <>
          {view.people.length > 6 && (
            <div class="field search">
              <label for="people-search">Find a relationship by name</label>
              <input
                id="people-search"
                type="search"
                value={query}
                onInput={(e) => {
                  setQuery((e.currentTarget as HTMLInputElement).value);
                  setShown(PAGE);
                }}
              />
            </div>
          )}
          <p class="muted" aria-live="polite">
            {query
              ? `${plural(list.length, 'match', 'matches')} of ${view.people.length}.`
              : `${plural(view.people.length, 'relationship')}.`}
          </p>
          <table class="data-table stacked people-table">
            <TableHead
              caption="Your relationships"
              hiddenCaption
              columns={['Name', 'Balance', 'Last give', 'Keep in touch', 'Channel']}
            />
            {list.slice(0, shown).map((p) => {
              const isOpen = open?.id === p.id;
              return (
                <tbody key={p.id} class={isOpen ? 'open' : undefined}>
                  <tr data-person={p.contact.name}>
                    <th scope="row">
                      <button
                        type="button"
                        class="link-button"
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? `person-${p.id}` : undefined}
                        onClick={() => (isOpen ? closePerson() : openPerson(p.id))}
                      >
                        {p.contact.name}
                      </button>
                    </th>
                    <td data-label="Balance">
                      {formatBalance(p.account)}{' '}
                      <span class="muted">
                        ({plural(p.account.gives, 'give')}, {plural(p.account.asks, 'ask')})
                      </span>
                    </td>
                    <td data-label="Last give">
                      {p.account.lastGive ? formatDate(p.account.lastGive, 'day', { today }) : 'None yet'}
                    </td>
                    <td data-label="Keep in touch">
                      <DueBadge status={p.status} />
                    </td>
                    <td data-label="Channel">
                      {p.contact.planner?.rung ? RUNG_LABELS[p.contact.planner.rung] : 'Not placed'}
                    </td>
                  </tr>
                  {isOpen && (
                    <tr class="detail-row">
                      <td colSpan={5}>
                        <PersonDetail key={p.id} person={p} onDone={say} />
                      </td>
                    </tr>
                  )}
                </tbody>
              );
            })}
          </table>
          {list.length > shown && (
            <p>
              <button type="button" class="button secondary" onClick={() => setShown(shown + PAGE * 4)}>
                Show more ({list.length - shown} not shown)
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
