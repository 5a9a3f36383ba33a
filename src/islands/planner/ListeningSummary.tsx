import { useStore } from '@nanostores/preact';
import { plural } from '../../domain/dates';
import { href } from '../../domain/paths';
import { listeningStreak, routineItems, weekProgress } from '../../domain/planner/listening';
import { isoWeekId } from '../../domain/planner/weeks';
import { $plannerView, planner } from '../../store/planner';
import { $today } from '../../store/today';

/** This week's listening routine at a glance, and the way to it. */
export function ListeningSummary() {
  const view = useStore($plannerView);
  const today = useStore($today);
  const weeks = useStore(planner.listening.$items);
  const week = isoWeekId(today);
  const keys = routineItems(view.people.map((p) => [p.id, p.contact])).map((i) => i.key);
  const progress = weekProgress(keys, weeks[week]);
  const streak = listeningStreak(weeks, week, keys);
  return (
    <div class="section-body">
      {keys.length > 0 && (
        <p class="streak">
          <strong>{streak ? `${plural(streak, 'week')} in a row` : 'No streak yet'}</strong> · This week:{' '}
          {progress.done} of {progress.total} done.
        </p>
      )}
      <p>
        <a class="button" href={href('/planner/listening/')}>
          {keys.length ? 'Open this week’s routine' : 'Set up your listening routine'}
        </a>
      </p>
    </div>
  );
}
