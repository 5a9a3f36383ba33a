import { useStore } from '@nanostores/preact';
import { formatDate, plural } from '../../domain/dates';
import { type DueItem, dueCount } from '../../domain/due-this-week';
import { href } from '../../domain/paths';
import { $dueThisWeek } from '../../store/due-this-week';
import { $today } from '../../store/today';
import { PlansCalendarButton } from '../people/PlansCalendarButton';
import { Status, useStatus } from '../status';
import './due-this-week.css';

/** Lines shown per group; the rest are a link away, in the tool. */
const FIRST = 8;

function Group(props: { id: string; title: string; items: DueItem[]; more: { path: string; text: string } }) {
  const today = useStore($today);
  if (props.items.length === 0) return null;
  const rest = props.items.length - FIRST;
  return (
    <div class="due-group" data-due-group={props.id}>
      <h3 id={`due-${props.id}`}>
        {props.title} ({props.items.length})
      </h3>
      <ul class="due-list" aria-labelledby={`due-${props.id}`}>
        {props.items.slice(0, FIRST).map((i) => (
          <li key={i.key} class={i.days < 0 ? 'overdue' : undefined}>
            <p class="due-what">
              <strong>{i.name}</strong>
              <span class="due-when">
                {i.days < 0 && <span aria-hidden="true">● </span>}
                {i.text}
                <span class="visually-hidden"> ({formatDate(i.date, 'day', { today })})</span>
              </span>
            </p>
            <a class="due-action" href={href(i.path)}>
              {i.action}
            </a>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <p class="muted">
          And {rest} more: <a href={href(props.more.path)}>{props.more.text}</a>.
        </p>
      )}
    </div>
  );
}

/** What is due this week across the tools, each line linking to where it is done, and the plans as a calendar file. */
export function DueThisWeek() {
  const week = useStore($dueThisWeek);
  const today = useStore($today);
  const [msg, say] = useStatus('due-status');
  const n = dueCount(week);
  return (
    <section aria-labelledby="due-title" class="due-this-week">
      <h2 id="due-title">Due this week</h2>
      <p class="muted">
        {week.people === 0 ? (
          <>
            Nothing yet: once you add people to your <a href={href('/coi/')}>COI worksheet</a> or your{' '}
            <a href={href('/planner/')}>giving-first planner</a>, the lunches, gives and follow-ups due each week show
            here.
          </>
        ) : n === 0 ? (
          `Nothing is due between now and ${formatDate(week.sunday, 'day', { today })}. Enjoy the quiet week: when you plan a lunch or a give, or someone you keep in touch with comes due, it shows here.`
        ) : (
          `${plural(n, 'thing')} to do by ${formatDate(week.sunday, 'day', { today })}, from your COI worksheet and your planner, by the same rule both tools use.`
        )}
      </p>
      <Group
        id="lunches"
        title="Lunches with core COIs"
        items={week.lunches}
        more={{ path: '/coi/?list=core', text: 'see your core list' }}
      />
      <Group
        id="gives"
        title="Planned gives"
        items={week.gives}
        more={{ path: '/planner/#week', text: 'see this week in the planner' }}
      />
      <Group
        id="follow-ups"
        title="Follow-ups"
        items={week.followUps}
        more={{ path: '/planner/#slipping', text: 'see who is slipping in the planner' }}
      />
      {week.people > 0 && (
        <>
          <Status id="due-status" msg={msg} set={say} />
          <p>
            <PlansCalendarButton label="Add your plans to your calendar (.ics)" onResult={say} />
          </p>
          <p class="muted small-print">
            Reminders without a server: the file puts your planned lunches and gives in your own calendar app, each with
            an alarm. Nothing is sent anywhere.
          </p>
        </>
      )}
    </section>
  );
}
