import { useStore } from '@nanostores/preact';
import { plural } from '../../domain/dates';
import { href } from '../../domain/paths';
import { $listening } from '../../store/planner';

/** This week's listening routine at a glance, and the way to it. */
export function ListeningSummary() {
  const { keys, progress, streak } = useStore($listening);
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
