import { useStore } from '@nanostores/preact';
import { $plannerView } from '../../store/planner';

const LABELS = [
  'Gives this week',
  'Gives to asks, in all',
  'Slipping',
  'Stalled on the ladder',
  'Overdue plans',
] as const;

/** The figures, in the order of `LABELS`, each with whether it needs attention. */
type Figures = [string | number, boolean?][];

function SummaryList({ figures }: { figures: Figures }) {
  return (
    <>
      <h2 class="visually-hidden">At a glance</h2>
      <dl class="planner-summary">
        {LABELS.map((label, i) => (
          <div key={label} class={figures[i]?.[1] ? 'attention' : undefined}>
            <dt>{label}</dt>
            <dd>{figures[i]?.[0]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * The summary's frame before the planner has read this browser's data: the same labels and
 * layout with the figures still open, so the sections below do not move when they arrive.
 */
export function SummaryPending() {
  return <SummaryList figures={LABELS.map(() => ['…'])} />;
}

/** The planner at a glance: gives this week, gives to asks, who is slipping or stalled, overdue plans. */
export function Summary() {
  const v = useStore($plannerView);
  return (
    <SummaryList
      figures={[
        [v.givesThisWeek],
        [`${v.gives} to ${v.asks}`],
        [v.slipping.length, v.slipping.length > 0],
        [v.stalled.length],
        [v.week.overdue.length, v.week.overdue.length > 0],
      ]}
    />
  );
}
