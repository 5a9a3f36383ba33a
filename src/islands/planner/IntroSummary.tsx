import { useStore } from '@nanostores/preact';
import { href } from '../../domain/paths';
import { nextStep, stepPhrase } from '../../domain/planner/intros';
import { nameIn } from '../../domain/planner/view';
import type { Intro } from '../../schemas/planner';
import { $plannerView, planner } from '../../store/planner';

/** Introductions under way, each with its next step, and the way to the introduction planner. */
export function IntroSummary() {
  const view = useStore($plannerView);
  const intros = useStore(planner.intros.$items);
  const name = (id: string) => nameIn(view, id);
  const open = Object.entries(intros)
    .filter((e): e is [string, Intro] => !!e[1] && !e[1].declined && e[1].step !== 'followed-up')
    .sort(([, x], [, y]) => x.createdAt - y.createdAt);
  return (
    <div class="section-body">
      {open.length > 0 && (
        <ul class="intro-summary">
          {open.map(([id, i]) => {
            const next = nextStep(i.step);
            return (
              <li key={id}>
                <strong>
                  {name(i.a)} and {name(i.b)}
                </strong>
                {next && <span class="muted"> · next: {stepPhrase(next, name(i.a), name(i.b))}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <a class="button" href={href('/planner/introductions/')}>
          {open.length ? 'Open the introduction planner' : 'Plan an introduction'}
        </a>
      </p>
    </div>
  );
}
