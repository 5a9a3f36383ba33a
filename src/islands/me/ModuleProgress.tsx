import { formatDate } from '../../domain/dates';
import { href } from '../../domain/paths';
import type { ProgressSummary } from '../../domain/progress';
import { quizScore, quizScoreLabel } from '../../domain/quiz';
import type { LessonProgress } from '../../schemas/stored';
import type { CourseModule } from '../MyProgress';
import { TableHead } from '../table-head';

interface Props {
  modules: CourseModule[];
  progress: Record<string, LessonProgress | undefined>;
  summary: ProgressSummary;
  written: (moduleId: string) => number;
  /** Today's date, so dates this year are written without the year. */
  today: string;
}

function status(p: LessonProgress | undefined, today: string): string {
  if (p?.completed) return p.completedAt ? `Completed on ${formatDate(p.completedAt, 'day', { today })}` : 'Completed';
  return p ? 'In progress' : 'Not started';
}

/** One row per module: status, self-check answers and reflections written. */
export function ModuleProgress({ modules, progress, summary, written, today }: Props) {
  return (
    <section aria-labelledby="modules-progress-title">
      <h2 id="modules-progress-title">Modules</h2>
      <p class="overall">
        <strong>
          {summary.completed} of {summary.total} modules complete
        </strong>
        <progress max={summary.total} value={summary.completed} aria-label="Modules complete">
          {summary.completed} of {summary.total}
        </progress>
      </p>
      <table class="data-table stacked progress-table">
        <TableHead
          caption="Progress by module"
          hiddenCaption
          columns={['Module', 'Status', 'Self-check', 'Reflections']}
        />
        <tbody>
          {modules.map((m) => {
            const p = progress[m.id];
            return (
              <tr key={m.id} data-module-row={m.id}>
                <th scope="row">
                  <a href={href(`/lessons/${m.id}/`)}>
                    {m.order}. {m.title}
                  </a>
                </th>
                <td class={p?.completed ? 'done' : undefined} data-label="Status">
                  {p?.completed ? '✓ ' : ''}
                  {status(p, today)}
                </td>
                <td data-label="Self-check">{quizScoreLabel(quizScore(p?.quiz, m.key))}</td>
                <td data-label="Reflections">
                  {written(m.id)} of {m.prompts.length}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
