import { useStore } from '@nanostores/preact';
import { plannerSummary } from '../domain/planner/view';
import { reflectionId, summarizeProgress } from '../domain/progress';
import type { ToolSummaryLine } from '../domain/tool-summaries';
import { lessons, reflections } from '../store/app';
import { shouldRemindExport } from '../store/data-actions';
import { ModuleProgress } from './me/ModuleProgress';
import { ReflectionList } from './me/ReflectionList';
import { usePlannerView } from './planner/ui';

/** What the page knows about each module at build time. */
export interface CourseModule {
  id: string;
  order: number;
  title: string;
  prompts: { id: string; prompt: string }[];
  questions: string[];
}

interface Props {
  modules: CourseModule[];
  tools: ToolSummaryLine[];
}

/** The "My progress" page: modules, reflections, tool summaries, and a backup reminder. */
export default function MyProgress({ modules, tools }: Props) {
  const progress = useStore(lessons.$items);
  const notes = useStore(reflections.$items);
  const summary = summarizeProgress(modules, progress);
  const planner = usePlannerView();
  const lines = tools.map((t) => (t.id === 'planner' && t.href ? { ...t, value: plannerSummary(planner) } : t));
  const text = (m: string, p: string) => notes[reflectionId(m, p)]?.text ?? '';
  const written = (m: string) =>
    modules.find((x) => x.id === m)?.prompts.filter((p) => text(m, p.id).trim() !== '').length ?? 0;

  return (
    <div class="my-progress">
      {shouldRemindExport() && (
        <p class="notice warn" data-export-reminder>
          Your notes live only in this browser, and browsers sometimes clear site data.{' '}
          <a href="/data/">Export a backup</a> to keep a copy.
        </p>
      )}
      {summary.continueWith && (
        <p>
          <a class="button" href={`/lessons/${summary.continueWith.id}/`}>
            Continue with module {summary.continueWith.order}: {summary.continueWith.title}
          </a>
        </p>
      )}
      <ModuleProgress modules={modules} progress={progress} summary={summary} written={written} />
      <ReflectionList modules={modules} text={text} />
      <section aria-labelledby="tools-title">
        <h2 id="tools-title">Your tools</h2>
        <ul class="tool-lines">
          {lines.map((t) => (
            <li key={t.label}>
              <span class="tool-label">{t.href ? <a href={t.href}>{t.label}</a> : t.label}</span>
              <span class="tool-value">{t.value}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
