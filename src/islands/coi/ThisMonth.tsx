import type { LunchItem, MonthView } from '../../domain/coi/lunches';
import { DueBadge } from '../people/DueBadge';
import { PlansCalendarButton } from '../people/PlansCalendarButton';
import type { StatusMessage } from '../status';

interface Props {
  view: MonthView;
  month: string;
  onLog: (id: string) => void;
  onShow: (id: string) => void;
  /** Says what the calendar download did. */
  onCalendar: (m: StatusMessage) => void;
}

function Items({ items, onLog, onShow }: { items: LunchItem[]; onLog: Props['onLog']; onShow: Props['onShow'] }) {
  return (
    <ul class="coi-month-list">
      {items.map((i) => (
        <li key={i.id}>
          <button type="button" class="link-button" onClick={() => onShow(i.id)}>
            {i.contact.name}
          </button>
          <span class="lunch-when">
            <DueBadge status={i.status} />
          </span>
          <button type="button" class="button secondary small" onClick={() => onLog(i.id)}>
            Log lunch with {i.contact.name} today
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Lunches with core COIs this month: overdue, due, not planned yet; and the calendar download. */
export function ThisMonth({ view, month, onLog, onShow, onCalendar }: Props) {
  const empty = view.overdue.length + view.due.length + view.unplanned.length === 0;
  return (
    <section class="coi-month panel" aria-labelledby="coi-month-title">
      <h2 id="coi-month-title">Lunches in {month}</h2>
      {empty && (
        <p class="muted">
          {view.held.length
            ? `Nothing else is due this month. Lunches held so far: ${view.held.length}.`
            : 'No lunches are due this month. Core COIs and their lunch plans appear here.'}
        </p>
      )}
      {view.overdue.length > 0 && (
        <>
          <h3>Overdue</h3>
          <Items items={view.overdue} onLog={onLog} onShow={onShow} />
        </>
      )}
      {view.due.length > 0 && (
        <>
          <h3>Due this month</h3>
          <Items items={view.due} onLog={onLog} onShow={onShow} />
        </>
      )}
      {view.unplanned.length > 0 && (
        <>
          <h3>No lunch planned yet</h3>
          <Items items={view.unplanned} onLog={onLog} onShow={onShow} />
        </>
      )}
      <p>
        <PlansCalendarButton label="Download your plans (.ics)" onResult={onCalendar} />
      </p>
      <p class="muted small-print">
        The calendar file holds the lunches you planned below and the gives planned in the giving-first planner, each
        with a reminder. Nobody gets a lunch you did not plan: for those with none yet, pick a day below. Download it
        again after you change a plan.
      </p>
    </section>
  );
}
