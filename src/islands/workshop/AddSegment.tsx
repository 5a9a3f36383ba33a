import { useState } from 'preact/hooks';
import { cleanMinutes } from '../../domain/agenda';
import { cleanTitle, type PlanSegment } from '../../domain/agenda-plan';
import { OWN_SEGMENT_KINDS, type OwnSegment, SEGMENT_TITLE_MAX } from '../../schemas/workshop-state';

interface Props {
  sessionNumber: number;
  /** False until the island runs (the form waits for it). */
  live: boolean;
  segments: PlanSegment[];
  /** Adds the segment at `at` (index in the session); returns its new id. */
  onAdd: (segment: OwnSegment, at: number) => string;
}

const KIND_LABELS: Record<OwnSegment['kind'], string> = {
  talk: 'Talk (no timer)',
  activity: 'Activity (with a timer)',
  break: 'Break (with a timer)',
};

/** A form that adds a segment of the facilitator's own to a session. */
export function AddSegment({ sessionNumber, live, segments, onAdd }: Props) {
  const n = sessionNumber;
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('10');
  const [kind, setKind] = useState<OwnSegment['kind']>('activity');
  const [at, setAt] = useState('end');
  const [errors, setErrors] = useState<{ title?: string; minutes?: string }>({});

  return (
    <details class="add-segment no-print">
      <summary>Add a segment</summary>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const clean = cleanTitle(title);
          const mins = /^\s*\d+\s*$/.test(minutes) ? cleanMinutes(minutes) : null;
          const next = {
            title: clean ? undefined : 'Give the segment a title.',
            minutes: mins === null ? 'Give the minutes as a whole number from 1 to 600.' : undefined,
          };
          setErrors(next);
          if (next.title || next.minutes || mins === null) {
            document.getElementById(next.title ? `add-title-${n}` : `add-minutes-${n}`)?.focus();
            return;
          }
          const index =
            at === 'end'
              ? segments.length
              : Math.max(
                  0,
                  segments.findIndex((s) => s.id === at),
                );
          onAdd({ kind, title: clean, minutes: mins }, index);
          setTitle('');
          setMinutes('10');
        }}
      >
        <div class="field">
          <label for={`add-title-${n}`}>Title</label>
          <input
            id={`add-title-${n}`}
            type="text"
            maxLength={SEGMENT_TITLE_MAX}
            value={title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? `add-title-error-${n}` : undefined}
            onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
          />
          {errors.title && (
            <p class="field-error" id={`add-title-error-${n}`}>
              {errors.title}
            </p>
          )}
        </div>
        <div class="field narrow">
          <label for={`add-minutes-${n}`}>Minutes</label>
          <input
            id={`add-minutes-${n}`}
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            value={minutes}
            aria-invalid={errors.minutes ? true : undefined}
            aria-describedby={errors.minutes ? `add-minutes-error-${n}` : undefined}
            onInput={(e) => setMinutes((e.currentTarget as HTMLInputElement).value)}
          />
          {errors.minutes && (
            <p class="field-error" id={`add-minutes-error-${n}`}>
              {errors.minutes}
            </p>
          )}
        </div>
        <div class="field">
          <label for={`add-kind-${n}`}>Kind</label>
          <select
            id={`add-kind-${n}`}
            value={kind}
            onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as OwnSegment['kind'])}
          >
            {OWN_SEGMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`add-at-${n}`}>Place</label>
          <select id={`add-at-${n}`} value={at} onChange={(e) => setAt((e.currentTarget as HTMLSelectElement).value)}>
            <option value="end">At the end</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                Before “{s.title}”
              </option>
            ))}
          </select>
        </div>
        <p class="actions form-actions">
          <button type="submit" class="button" disabled={!live}>
            Add the segment
          </button>
        </p>
      </form>
    </details>
  );
}
