import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { plural } from '../../domain/dates';
import { LADDER_PAUSE_DAYS, RUNG_LABELS } from '../../domain/planner/ladder';
import { describeLast } from '../../domain/touch';
import { RUNGS } from '../../schemas/contact';
import { $plannerView, planner } from '../../store/planner';
import { $today } from '../../store/today';
import { DueBadge } from '../people/DueBadge';
import { Status, useStatus } from '../status';
import { draftPlan, openPerson } from './ui';

/** A long list shows its first 12 at once. */
const FIRST = 12;

/**
 * The first few of a long list, and the button that shows all of it (`fewer` names the
 * way back). Hundreds of people can be slipping or stalled; drawing the first dozen keeps
 * the planner quick to open and the list readable.
 */
function useFirstFew<T>(list: readonly T[], fewer: string) {
  const [all, setAll] = useState(false);
  const shown = all ? list : list.slice(0, FIRST);
  const toggle =
    list.length > FIRST ? (
      <p>
        <button type="button" class="button secondary small" onClick={() => setAll(!all)}>
          {all ? fewer : `Show all ${list.length}`}
        </button>
      </p>
    ) : null;
  return { shown, toggle };
}

/** Keep in touch: who is near or past their window, worst first. */
export function SlippingSection() {
  const view = useStore($plannerView);
  const { shown: list, toggle } = useFirstFew(view.slipping, 'Show the worst only');
  return (
    <div class="section-body">
      {view.slipping.length === 0 ? (
        <p class="notice good">
          {view.people.length ? 'Nobody is slipping: everyone is inside their window.' : 'Add a relationship to start.'}
        </p>
      ) : (
        <>
          <p>
            {plural(view.slipping.filter((s) => s.status.state === 'overdue').length, 'person', 'people')} past their
            window, {view.slipping.filter((s) => s.status.state !== 'overdue').length} close to it. Worst first:
          </p>
          <ul class="slip-list">
            {list.map(({ id, status }) => {
              const name = view.byId.get(id)?.contact.name ?? '';
              return (
                <li key={id} class={`due-${status.state}`}>
                  <div>
                    <strong>{name}</strong> <DueBadge status={status} />
                    <span class="muted"> {describeLast(status)}.</span>
                  </div>
                  <div class="actions">
                    <button type="button" class="button small" onClick={() => openPerson(id)}>
                      Log a touch<span class="visually-hidden"> with {name}</span>
                    </button>
                    <button type="button" class="button secondary small" onClick={() => draftPlan({ contactId: id })}>
                      Plan a give<span class="visually-hidden"> for {name}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          {toggle}
        </>
      )}
    </div>
  );
}

/** The channel ladder: how many people sit on each rung, and a step up for each stalled relationship. */
export function LadderSection() {
  const view = useStore($plannerView);
  const today = useStore($today);
  const [msg, say] = useStatus('ladder-status');
  const { shown: stalled, toggle } = useFirstFew(view.stalled, 'Show the first 12 only');
  const counts = RUNGS.map((r) => view.people.filter((p) => p.contact.planner?.rung === r).length);
  const unplaced = view.people.filter((p) => !p.contact.planner?.rung).length;
  return (
    <div class="section-body">
      <Status id="ladder-status" msg={msg} set={say} />
      <ol class="ladder">
        {RUNGS.map((r, i) => (
          <li key={r}>
            <strong>{RUNG_LABELS[r]}</strong> <span>{plural(counts[i] ?? 0, 'person', 'people')}</span>
          </li>
        ))}
      </ol>
      {unplaced > 0 && (
        <p class="muted">
          {plural(unplaced, 'relationship is', 'relationships are')} not on the ladder yet: open one to place it.
        </p>
      )}
      <h3>Ready for a step up ({view.stalled.length})</h3>
      {view.stalled.length === 0 ? (
        <p class="muted">
          Nothing has stalled. People show here after three gives on one rung, or once past their window.
        </p>
      ) : (
        <ul class="ladder-list">
          {stalled.map((s) => {
            const name = view.byId.get(s.id)?.contact.name ?? '';
            return (
              <li key={s.id}>
                <p>
                  <strong>{name}</strong>: {RUNG_LABELS[s.rung]} → <strong>{RUNG_LABELS[s.next]}</strong>
                </p>
                <p>{s.advice}</p>
                <p class="actions">
                  <button
                    type="button"
                    class="button small"
                    onClick={() =>
                      draftPlan({
                        contactId: s.id,
                        kind: 'time',
                        channel: s.next,
                        note: `Step up to ${RUNG_LABELS[s.next].toLowerCase()}`,
                      })
                    }
                  >
                    Plan this step<span class="visually-hidden"> with {name}</span>
                  </button>
                  <button
                    type="button"
                    class="button secondary small"
                    onClick={() => {
                      planner.pauseLadder(s.id, today);
                      say({
                        text: `No step-up suggestion for ${name} for ${LADDER_PAUSE_DAYS} days.`,
                      });
                    }}
                  >
                    Not now<span class="visually-hidden"> for {name}</span>
                  </button>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {toggle}
    </div>
  );
}
