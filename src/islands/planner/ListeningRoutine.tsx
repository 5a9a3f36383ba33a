import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../domain/dates';
import { href } from '../../domain/paths';
import { GIVING_ROLES, ROLE_LABELS } from '../../domain/planner/listening';
import { formatWeek, weekStart } from '../../domain/planner/weeks';
import { LISTEN_ROLES, type ListenRole } from '../../schemas/contact';
import { $listening, $plannerView, planner } from '../../store/planner';
import { focusSoon, Status, useStatus } from '../status';
import { FormError, personOptions, Select } from './fields';
import './planner.css';
import { whenLoaded } from '../when-loaded';

const ROLE_OPTIONS = LISTEN_ROLES.map((r) => [r, ROLE_LABELS[r].heading] as const);

/** The weekly listening routine: people to listen to, reply to and give back to, ticked per week, with the streak. */
function ListeningRoutine() {
  const view = useStore($plannerView);
  const { week, items, keys, current, progress, streak } = useStore($listening);
  const [msg, say] = useStatus('listen-status');
  const [who, setWho] = useState('');
  const [role, setRole] = useState<ListenRole>('listen');
  const [error, setError] = useState<string | null>(null);

  // The routine changed mid-week: keep this week's stored list in step.
  useEffect(() => planner.syncWeekList(week, keys), [keys.join('\n'), week]);

  return (
    <div class="section-body routine-page" data-ready>
      <Status id="listen-status" msg={msg} set={say} />
      <p class="streak">
        <strong>{streak ? `${plural(streak, 'week')} in a row` : 'No streak yet'}</strong>
        {' · '}
        This week ({formatWeek(weekStart(view.today), { today: view.today })}): {progress.done} of {progress.total}{' '}
        done.
      </p>
      {items.length === 0 ? (
        <p class="muted">
          Your routine is empty. Add three to five people below
          {view.people.length === 0 && (
            <>
              {' '}
              once you have added them to the <a href={href('/planner/#people')}>planner</a>
            </>
          )}
          .
        </p>
      ) : (
        <div class="routine">
          {LISTEN_ROLES.map((r) => {
            const group = items.filter((i) => i.role === r);
            if (group.length === 0) return null;
            return (
              <fieldset key={r} class="choice">
                <legend>
                  {ROLE_LABELS[r].heading} <span class="hint">{ROLE_LABELS[r].hint}</span>
                </legend>
                {group.map((i) => {
                  const name = view.byId.get(i.contactId)?.contact.name ?? '';
                  const ticked = !!current && i.key in current.ticks;
                  return (
                    <div key={i.key} class="routine-item">
                      <label>
                        <input
                          type="checkbox"
                          checked={ticked}
                          onChange={(e) => {
                            const on = (e.currentTarget as HTMLInputElement).checked;
                            planner.tick(week, keys, i.key, on, view.today);
                            const logs = GIVING_ROLES.includes(r);
                            say(
                              on && logs
                                ? { text: `Ticked, and logged as a give to ${name}.` }
                                : on
                                  ? { text: `Ticked: ${ROLE_LABELS[r].heading.toLowerCase()} ${name}.` }
                                  : {
                                      text: `Unticked${logs ? '; the give it logged was taken out' : ''}.`,
                                      tone: 'warn',
                                    },
                              true,
                            );
                          }}
                          id={`tick-${i.key}`}
                        />{' '}
                        {name}
                      </label>
                      <button
                        type="button"
                        class="link-button small"
                        onClick={() => {
                          const roles = view.byId.get(i.contactId)?.contact.planner?.listen ?? [];
                          planner.setListenRoles(
                            i.contactId,
                            roles.filter((x) => x !== r),
                          );
                          say({ text: `Took ${name} off “${ROLE_LABELS[r].heading.toLowerCase()}”.` });
                        }}
                      >
                        Remove
                        <span class="visually-hidden">
                          {' '}
                          {name} from {ROLE_LABELS[r].heading}
                        </span>
                      </button>
                    </div>
                  );
                })}
              </fieldset>
            );
          })}
          <p class="hint">Ticking a reply or a give-back also logs a give.</p>
        </div>
      )}
      {view.people.length > 0 && (
        <form
          class="add-routine"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const p = view.byId.get(who);
            if (!p) {
              setError('Choose a person to add to the routine.');
              return focusSoon('listen-who');
            }
            const roles = p.contact.planner?.listen ?? [];
            if (roles.includes(role)) {
              setError(`${p.contact.name} is already on the “${ROLE_LABELS[role].heading.toLowerCase()}” list.`);
              return focusSoon('listen-role');
            }
            setError(null);
            planner.setListenRoles(
              who,
              LISTEN_ROLES.filter((x) => x === role || roles.includes(x)),
            );
            say({ text: `Added ${p.contact.name} to “${ROLE_LABELS[role].heading.toLowerCase()}”.` });
          }}
        >
          <h3>Add to the routine</h3>
          <div class="fields">
            <Select
              id="listen-who"
              label="Person"
              value={who}
              options={personOptions(view.people)}
              onChange={setWho}
              empty="Choose a person"
            />
            <Select id="listen-role" label="List" value={role} onChange={setRole} options={ROLE_OPTIONS} />
          </div>
          <FormError id="listen-error" text={error} />
          <p>
            <button type="submit" class="button secondary">
              Add to the routine
            </button>
          </p>
        </form>
      )}
    </div>
  );
}

export default whenLoaded(ListeningRoutine, 'Opening your routine…');
