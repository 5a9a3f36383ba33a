import { useStore } from '@nanostores/preact';
import { $plannerView } from '../../store/planner';

/** The planner at a glance: gives this week, gives to asks, who is slipping or stalled, overdue plans. */
export function Summary() {
  const v = useStore($plannerView);
  const stats: [string, string | number, boolean?][] = [
    ['Gives this week', v.givesThisWeek],
    ['Gives to asks, in all', `${v.gives} to ${v.asks}`],
    ['Slipping', v.slipping.length, v.slipping.length > 0],
    ['Stalled on the ladder', v.stalled.length],
    ['Overdue plans', v.week.overdue.length, v.week.overdue.length > 0],
  ];
  return (
    <dl class="planner-summary" aria-label="At a glance">
      {stats.map(([label, value, attention]) => (
        <div key={label} class={attention ? 'attention' : undefined}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
