import { useStore } from '@nanostores/preact';
import { assessmentSummary } from '../domain/assessment-history';
import { coiProgressLine } from '../domain/coi/summary';
import { href } from '../domain/paths';
import { plannerSummary } from '../domain/planner/view';
import { reflectionId, summarizeProgress } from '../domain/progress';
import type { ToolSummaryLine } from '../domain/tool-summaries';
import { lessons, reflections } from '../store/app';
import { attempts } from '../store/assessment';
import { contacts } from '../store/contacts';
import { $due } from '../store/due';
import { $plannerView } from '../store/planner';
import { $backup } from '../store/reminders';
import { $today } from '../store/today';
import { DueThisWeek } from './me/DueThisWeek';
import { ModuleProgress } from './me/ModuleProgress';
import { PlannedActions } from './me/PlannedActions';
import { ReflectionList } from './me/ReflectionList';
import './me/my-progress.css';
import { useInTurns, useWorkedOut } from './use-in-turns';
import { warmUp } from './warm-up';
import { whenLoaded } from './when-loaded';

// The date formats and the name order this tool draws with are made while its data is read.
warmUp();

/** What the page knows about each module at build time. */
export interface CourseModule {
  id: string;
  order: number;
  title: string;
  prompts: { id: string; prompt: string }[];
  questions: string[];
  /** The index of each question's best option, by question id, for the self-check score. */
  key: Record<string, number>;
}

interface Props {
  modules: CourseModule[];
  tools: ToolSummaryLine[];
  /** Self-assessment habit names by id, for the chosen 30-day actions. */
  habits: Record<string, string>;
  /** Where the self-assessment result is. */
  assessmentResultHref: string;
}

/** The tools' lines: how far the reader is with each tool (the planner's line reads its whole history). */
function ToolLines({ tools }: { tools: ToolSummaryLine[] }) {
  const tried = useStore(attempts.$items);
  const people = useStore(contacts.$items);
  const today = useStore($today);
  const planner = useStore($plannerView);
  const due = useStore($due);
  const lines = tools.map((t) => {
    if (t.id === 'coi') return { ...t, value: coiProgressLine(people, due) };
    if (t.id === 'planner' && t.href) return { ...t, value: plannerSummary(planner) };
    return t;
  });
  return (
    <ul class="tool-lines">
      {lines.map((t) => (
        <li key={t.label} data-tool={t.id}>
          <span class="tool-label">{t.href ? <a href={href(t.href)}>{t.label}</a> : t.label}</span>
          <span class="tool-value">{t.id === 'assessment' ? assessmentSummary(tried, today) : t.value}</span>
        </li>
      ))}
    </ul>
  );
}

/** Turns before the tools are drawn: the top of the page, then the planner's view of its whole history. */
const BEFORE_TOOLS = 2;

/**
 * The reader's progress: what to do next, what is due, each module, their reflections, then
 * their tools (`useInTurns`): the top of the page first; then, in a turn of its own, the
 * planner's view of its whole history is worked out; then the tools' lines are drawn from it.
 */
function MyProgress({ modules, tools, habits, assessmentResultHref }: Props) {
  const progress = useStore(lessons.$items);
  const notes = useStore(reflections.$items);
  const today = useStore($today);
  const backup = useStore($backup);
  const drawn = useInTurns(BEFORE_TOOLS + 1, true);
  // Worked out in the second turn, so the tools' lines read it ready-made.
  useWorkedOut($plannerView, drawn >= BEFORE_TOOLS);
  const summary = summarizeProgress(modules, progress);
  const text = (m: string, p: string) => notes[reflectionId(m, p)]?.text ?? '';
  const written = (m: string) =>
    modules.find((x) => x.id === m)?.prompts.filter((p) => text(m, p.id).trim() !== '').length ?? 0;

  return (
    <div class="my-progress">
      {backup.remind && (
        <p class="notice warn" data-export-reminder>
          Your contacts, plans, answers and notes live only in this browser, and browsers sometimes clear site data.{' '}
          <a href={href('/data/')}>Export a backup</a> to keep a copy.
        </p>
      )}
      {summary.continueWith && (
        <p>
          <a class="button" href={href(`/lessons/${summary.continueWith.id}/`)}>
            Continue with module {summary.continueWith.order}: {summary.continueWith.title}
          </a>
        </p>
      )}
      <DueThisWeek />
      <ModuleProgress modules={modules} progress={progress} summary={summary} written={written} today={today} />
      <ReflectionList modules={modules} text={text} />
      <section aria-labelledby="tools-title">
        <h2 id="tools-title">Your tools</h2>
        {drawn <= BEFORE_TOOLS ? <p class="muted">Reading your tools…</p> : <ToolLines tools={tools} />}
      </section>
      {drawn > BEFORE_TOOLS && <PlannedActions labels={habits} resultHref={assessmentResultHref} />}
    </div>
  );
}

export default whenLoaded(MyProgress, 'Reading your progress…');
