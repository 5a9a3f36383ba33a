import type { IndexedPerson } from '../../domain/coi/list';
import { lastLunch } from '../../domain/coi/lunches';
import { CRITERIA, type CriterionKey, MAX_SCORE, passesAll, SCORE_MEANINGS } from '../../domain/coi/scoring';
import { demoteTarget, promoteTarget, TIER_WORDS } from '../../domain/coi/tiers';
import { formatDate } from '../../domain/dates';
import { DEFAULT_CADENCE, type DueStatus } from '../../domain/touch';
import { CADENCES, type Cadence, type Tier } from '../../schemas/contact';
import { DueBadge } from '../people/DueBadge';
import { LazyTimeline } from '../people/LazyTimeline';
import { type PersonActions, PersonDetails } from './PersonDetails';

/** What a row can ask the worksheet to do. */
export interface RowActions extends PersonActions {
  move: (id: string, to: Tier) => void;
  toggle: (id: string) => void;
  score: (id: string, key: CriterionKey, value: number) => void;
  cadence: (id: string, weeks: Cadence) => void;
  plan: (id: string, date: string) => void;
  offer: (id: string, text: string) => void;
  log: (id: string) => void;
  /** Selects or deselects a person (`range`: every person shown between the last one chosen and this one). */
  select: (id: string, on: boolean, range: boolean) => void;
}

interface Props {
  person: IndexedPerson;
  open: boolean;
  /** When a core COI is due (by the rule every tool shares); null for other people. */
  due: DueStatus | null;
  /** Whether the row is in the bulk selection. */
  selected: boolean;
  actions: RowActions;
}

const UP: Record<Tier, string> = { triage: 'Potential', other: 'Potential', potential: 'Core', core: '' };
const DOWN: Record<Tier, string> = {
  core: 'Back to potential',
  potential: 'Back to triage',
  other: 'Back to triage',
  triage: '',
};

/** One person: name, tier, the three scores, lunch plan for core COIs, move buttons, details on demand. */
export function PersonRow({ person, open, due, selected, actions }: Props) {
  const { id, contact: c, score } = person;
  const up = promoteTarget(c.tier);
  const down = demoteTarget(c.tier);
  const scored = c.tier === 'core' || c.tier === 'potential';
  const coi = c.coi;
  const detailsId = `coi-details-${id}`;
  const lastHeld = lastLunch(coi);
  return (
    <li
      class={`coi-person tier-${c.tier}${due?.state === 'overdue' ? ' is-overdue' : ''}${selected ? ' is-selected' : ''}`}
      onKeyDown={(e) => {
        // Alt+↑ moves a person up a list and Alt+↓ back, from any button in their row.
        if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        if (!(e.target instanceof HTMLButtonElement)) return;
        const to = e.key === 'ArrowUp' ? up : down;
        e.preventDefault();
        if (to) actions.move(id, to);
      }}
    >
      <div class="coi-person-head">
        <input
          type="checkbox"
          class="coi-select"
          checked={selected}
          aria-label={`Select ${c.name}`}
          aria-keyshortcuts="Shift+Space"
          onClick={(e) => actions.select(id, e.currentTarget.checked, e.shiftKey)}
          onKeyDown={(e) => {
            // Shift+Space selects the range, as Shift+click does.
            if (e.key !== ' ' || !e.shiftKey) return;
            e.preventDefault();
            actions.select(id, !selected, true);
          }}
        />
        <h3 class="coi-name">
          <button
            type="button"
            class="link-button"
            data-person={id}
            aria-expanded={open}
            aria-controls={detailsId}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            onClick={() => actions.toggle(id)}
          >
            {c.name}
          </button>
        </h3>
        <p class="coi-meta">
          <span class="coi-tier-label">{TIER_WORDS[c.tier].list}</span>
          {c.organization && <span>{c.organization}</span>}
          {c.role && <span>{c.role}</span>}
          {scored && (
            <span class="coi-score">
              Score {score} of {MAX_SCORE}
              {passesAll(coi) && c.tier === 'potential' ? ' · ready for core' : ''}
            </span>
          )}
        </p>
      </div>
      {scored && (
        <fieldset class="coi-criteria">
          <legend class="visually-hidden">The three tests for {c.name}, 0 to 3</legend>
          {CRITERIA.map((k) => (
            <label key={k.key}>
              <span>{k.label}</span>
              <select
                value={String(coi?.[k.key] ?? 0)}
                onChange={(e) => actions.score(id, k.key, Number(e.currentTarget.value))}
              >
                {SCORE_MEANINGS.map((m, i) => (
                  <option key={m} value={String(i)}>
                    {i} · {m}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {due && (
        <div class="coi-lunch">
          <p class="lunch-when">
            <strong>In touch:</strong> <DueBadge status={due} />
          </p>
          <p class="lunch-held muted">
            {coi?.plannedLunch ? `Planned lunch: ${formatDate(coi.plannedLunch)}` : 'No lunch planned'}
            {' · '}
            {lastHeld ? `last lunch ${formatDate(lastHeld)}` : 'no lunch held yet: plan the first one'}
          </p>
          {due.cadence.source === 'set' && (
            <p class="muted small-print">
              The planner’s keep-in-touch window of {due.cadence.days} days applies; picking a lunch cadence here
              replaces it.
            </p>
          )}
          <div class="coi-lunch-fields">
            <label>
              <span>Lunch every</span>
              <select
                value={String(coi?.cadenceWeeks ?? DEFAULT_CADENCE)}
                onChange={(e) => actions.cadence(id, Number(e.currentTarget.value) as Cadence)}
              >
                {CADENCES.map((w) => (
                  <option key={w} value={String(w)}>
                    {w} weeks
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>Plan next lunch</span>
              <input
                type="date"
                value={coi?.plannedLunch ?? ''}
                onChange={(e) => actions.plan(id, e.currentTarget.value)}
              />
            </label>
            <label class="coi-offer">
              <span>One thing to offer</span>
              <input
                type="text"
                maxLength={500}
                value={coi?.offer ?? ''}
                onInput={(e) => actions.offer(id, e.currentTarget.value)}
              />
            </label>
            <button type="button" class="button secondary small" onClick={() => actions.log(id)}>
              Log lunch today
            </button>
          </div>
        </div>
      )}
      <p class="coi-moves">
        {up && (
          <button type="button" class="button small" onClick={() => actions.move(id, up)}>
            <span aria-hidden="true">↑ </span>
            {UP[c.tier]}
            <span class="visually-hidden">
              : move {c.name} to {TIER_WORDS[up].to}
            </span>
          </button>
        )}
        {down && (
          <button type="button" class="button secondary small" onClick={() => actions.move(id, down)}>
            <span aria-hidden="true">↓ </span>
            {DOWN[c.tier]}
            <span class="visually-hidden">
              : move {c.name} to {TIER_WORDS[down].to}
            </span>
          </button>
        )}
        {c.tier === 'triage' && (
          <button type="button" class="button secondary small" onClick={() => actions.move(id, 'other')}>
            Other relationship<span class="visually-hidden">: move {c.name} out of triage</span>
          </button>
        )}
      </p>
      {open && <PersonDetails id={id} domId={detailsId} contact={c} actions={actions} />}
      {open && <LazyTimeline id={id} tool="worksheet" />}
    </li>
  );
}
