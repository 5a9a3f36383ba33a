import type { ActionInfo, DimensionInfo } from '../../domain/assessment';
import { href } from '../../domain/paths';

interface Props {
  /** Heading id and text. */
  id: string;
  title: string;
  intro: string;
  dims: DimensionInfo[];
  /** Which sentence to add to the meaning. */
  kind: 'strong' | 'grow';
  /** Score of each habit. */
  score: (id: DimensionInfo['id']) => number | null;
  /** Whether an action is in the plan. */
  planned: (d: DimensionInfo, a: ActionInfo) => boolean;
  onToggle: (d: DimensionInfo, a: ActionInfo) => void;
}

/** Habits to talk about: what each means, the module that teaches it, and two actions for the next 30 days. */
export function AdviceCards({ id, title, intro, dims, kind, score, planned, onToggle }: Props) {
  return (
    <section class="advice-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p class="muted">{intro}</p>
      <div class="advice-grid">
        {dims.map((d) => (
          <article class="advice panel" key={d.id} data-advice={d.id}>
            <h3>
              {d.label} <span class="advice-score">{score(d.id) ?? '—'}</span>
            </h3>
            <p>
              {d.meaning} {kind === 'strong' ? d.strong : d.grow}
            </p>
            <p class="advice-module">
              Module {d.module.order}: <a href={href(d.module.href)}>{d.module.title}</a>
            </p>
            <ul class="advice-actions" aria-label={`Two actions for the next 30 days: ${d.label}`}>
              {d.actions.map((a) => {
                const on = planned(d, a);
                const textId = `action-${d.id}-${a.id}`;
                return (
                  <li key={a.id}>
                    <span id={textId}>{a.text}</span>
                    <span class="plan-line no-print">
                      {on && <span class="in-plan">✓ In your plan</span>}
                      <button
                        type="button"
                        class="button secondary small"
                        aria-describedby={textId}
                        onClick={() => onToggle(d, a)}
                      >
                        {on ? 'Remove from my plan' : 'Add to my plan'}
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
