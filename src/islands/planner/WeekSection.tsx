import { useStore } from '@nanostores/preact';
import { formatWeek } from '../../domain/planner/weeks';
import { $plannerView } from '../../store/planner';
import { $today } from '../../store/today';
import { PlansCalendarButton } from '../people/PlansCalendarButton';
import { Status, useStatus } from '../status';
import { EntryForm } from './EntryForm';
import { PlanList } from './PlanList';

/** "This week": overdue and due plans across every relationship, the plan form, and the calendar export. */
export function WeekSection() {
  const view = useStore($plannerView);
  const today = useStore($today);
  const [msg, say] = useStatus('week-status');
  const w = view.week;

  return (
    <div class="section-body">
      <p class="week-range">{formatWeek(w.monday, { today })}</p>
      <Status id="week-status" msg={msg} set={say} />
      {w.overdue.length > 0 && (
        <>
          <h3>Overdue ({w.overdue.length})</h3>
          <PlanList items={w.overdue} onDone={say} label="Overdue plans" />
        </>
      )}
      <h3>Still to do this week</h3>
      {w.thisWeek.length === 0 ? (
        <p class="muted">Nothing else planned for this week. Plan a give below.</p>
      ) : (
        <PlanList items={w.thisWeek} onDone={say} label="Plans for this week" />
      )}
      {w.doneThisWeek.length > 0 && (
        <details>
          <summary>Done this week ({w.doneThisWeek.length})</summary>
          <PlanList items={w.doneThisWeek} onDone={say} label="Done this week" />
        </details>
      )}
      {w.later.length > 0 && (
        <details>
          <summary>Later ({w.later.length})</summary>
          <PlanList items={w.later} onDone={say} label="Later plans" />
        </details>
      )}
      <h3 id="plan-form-title">Plan a give</h3>
      {view.people.length === 0 ? (
        <p class="muted">
          Add a <a href="#people">relationship</a> first.
        </p>
      ) : (
        <EntryForm id="plan" mode="plan" takesDrafts onDone={say} />
      )}
      <p class="export-line">
        <PlansCalendarButton label="Download your plans as a calendar file (.ics)" onResult={say} />
      </p>
      <p class="muted small-print">
        One file for what you planned here and the lunches planned in the COI worksheet, each with a reminder. Nothing
        is added that you did not plan.
      </p>
    </div>
  );
}
