import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { href } from '../domain/paths';
import { personFromSearch } from '../domain/person-paths';
import { $plannerView } from '../store/planner';
import { IntroSummary } from './planner/IntroSummary';
import { LadderSection, SlippingSection } from './planner/KeepSection';
import { ListeningSummary } from './planner/ListeningSummary';
import { PeopleSection } from './planner/PeopleSection';
import { Summary, SummaryPending } from './planner/Summary';
import { openPerson } from './planner/ui';
import { WeekSection } from './planner/WeekSection';
import { useHydrated } from './use-hydrated';
import { useInTurns, useWorkedOut } from './use-in-turns';
import { warmUp } from './warm-up';
import './planner/planner.css';

// The date formats and the name order this tool draws with are made while its data is read.
warmUp();

/** The parts of the planner, in page order. */
export const PLANNER_PARTS = ['week', 'people', 'slipping', 'ladder', 'listening', 'message', 'intros'] as const;

/** One part's heading and introduction (written in the page, passed in as text). */
export interface PartText {
  title: string;
  lede: string;
}

const BODIES: Record<(typeof PLANNER_PARTS)[number], () => ComponentChildren> = {
  week: WeekSection,
  people: PeopleSection,
  slipping: SlippingSection,
  ladder: LadderSection,
  listening: ListeningSummary,
  message: () => (
    <p>
      <a class="button" href={href('/planner/message/')}>
        Write a give-first message
      </a>
    </p>
  ),
  intros: IntroSummary,
};

/** Turns before the parts: working out the planner's view of the whole ledger, then drawing the summary. */
const BEFORE_PARTS = 2;

/**
 * The giving-first planner: the summary, then one section per part, each its own small
 * component, drawn one after another (`useInTurns`): first the view of the whole ledger is
 * worked out (in a turn of its own, before anything draws from it), then the summary is
 * drawn, then this week, and so on.
 */
export default function Planner({ parts }: { parts: Record<(typeof PLANNER_PARTS)[number], PartText> }) {
  const mounted = useHydrated();
  const drawn = useInTurns(PLANNER_PARTS.length + BEFORE_PARTS, mounted);
  const ready = drawn === PLANNER_PARTS.length + BEFORE_PARTS;
  // Worked out in the first turn, so the summary and the parts read it ready-made.
  useWorkedOut($plannerView, drawn > 0);
  // Arriving from another tool at one person (`?person=<id>`, from the worksheet or My progress): open them.
  useEffect(() => {
    const id = ready && personFromSearch(location.search);
    if (id) openPerson(id);
  }, [ready]);
  return (
    <div class="planner-parts" data-ready={ready || undefined}>
      {drawn >= BEFORE_PARTS ? <Summary /> : <SummaryPending />}
      {PLANNER_PARTS.map((id, i) => {
        const Body = BODIES[id];
        return (
          <section key={id} id={id} class="planner-section" aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`} tabIndex={-1}>
              {parts[id].title}
            </h2>
            <p class="muted section-intro">{parts[id].lede}</p>
            {i < drawn - BEFORE_PARTS ? <Body /> : <p class="muted">Opening your planner…</p>}
          </section>
        );
      })}
    </div>
  );
}
