import { CORE_MAX, fullListNote, POTENTIAL_MAX } from '../../domain/coi/tiers';
import type { Contact, Tier } from '../../schemas/contact';

interface Props {
  counts: Record<Tier, number>;
  overdue: number;
  overLimit: string[];
  ready: [string, Contact][];
  review: [string, Contact][];
  onPromote: (id: string) => void;
  onShow: (id: string) => void;
}

/** Where the lists stand, who is ready for core, and core COIs worth a second look. */
export function Overview({ counts, overdue, overLimit, ready, review, onPromote, onShow }: Props) {
  return (
    <section class="coi-overview" aria-labelledby="coi-overview-title">
      <h2 id="coi-overview-title" class="visually-hidden">
        Where your lists stand
      </h2>
      <ul class="coi-counts">
        <li>
          <strong>{counts.core}</strong> of {CORE_MAX} core
        </li>
        <li>
          <strong>{counts.potential}</strong> of {POTENTIAL_MAX} potential
        </li>
        <li>
          <strong>{counts.triage}</strong> in triage
        </li>
        <li class={overdue ? 'is-overdue' : undefined}>
          <strong>{overdue}</strong> {overdue === 1 ? 'lunch' : 'lunches'} overdue
        </li>
      </ul>
      {(['core', 'potential'] as const).map((t) => {
        const note = fullListNote(t, counts[t]);
        return note ? (
          <p key={t} class="notice" data-list-full={t}>
            {note}
          </p>
        ) : null;
      })}
      {overLimit.map((m) => (
        <p key={m} class="notice warn">
          {m}
        </p>
      ))}
      {ready.length > 0 && (
        <div class="coi-suggest panel">
          <h3>Ready for core</h3>
          <p class="muted">
            {counts.core < CORE_MAX
              ? 'These potential COIs pass all three tests today (2 or more on each).'
              : 'These potential COIs pass all three tests. Your core list is full: move someone back first if one of them matters more.'}
          </p>
          <ul>
            {ready.slice(0, 5).map(([id, c]) => (
              <li key={id}>
                <button type="button" class="link-button" onClick={() => onShow(id)}>
                  {c.name}
                </button>
                {counts.core < CORE_MAX && (
                  <button type="button" class="button secondary small" onClick={() => onPromote(id)}>
                    Move {c.name} to core
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {review.length > 0 && (
        <p class="muted coi-review">
          Worth a conversation:{' '}
          {review.length === 1 ? 'one core COI no longer scores' : `${review.length} core COIs no longer score`} 2 or
          more on every test ({review.map(([, c]) => c.name).join(', ')}).
        </p>
      )}
    </section>
  );
}
