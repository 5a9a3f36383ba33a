import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlanSegment } from '../../domain/agenda-plan';
import { SEGMENT_NOTES_MAX, SEGMENT_TITLE_MAX } from '../../schemas/workshop-state';

interface Props {
  segment: PlanSegment;
  /** Saves a new title; false when it was refused (empty). */
  onTitle: (value: string) => boolean;
  onNotes: (value: string) => void;
  onReset: () => void;
  onRemove: () => void;
  onClose: () => void;
}

/** Edits one segment: its title, the facilitator's notes, reset to the course, remove. */
export function SegmentEditor({ segment, onTitle, onNotes, onReset, onRemove, onClose }: Props) {
  const id = segment.id;
  const [title, setTitle] = useState(segment.title);
  const [error, setError] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  // Another tab (or a reset) changed the title: show it.
  useEffect(() => setTitle(segment.title), [segment.title]);

  const saveTitle = () => {
    if (title.trim() === segment.title) return;
    if (!onTitle(title)) {
      setError('A segment needs a title. The previous title is kept.');
      setTitle(segment.title);
    } else setError('');
  };

  return (
    <div class="segment-editor" id={`editor-${id}`}>
      <div class="field">
        <label for={`title-${id}`}>Title</label>
        <input
          ref={titleRef}
          id={`title-${id}`}
          type="text"
          maxLength={SEGMENT_TITLE_MAX}
          value={title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `title-error-${id}` : undefined}
          onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
          onChange={saveTitle}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              saveTitle();
            }
          }}
        />
        {error && (
          <p class="field-error" id={`title-error-${id}`} role="alert">
            {error}
          </p>
        )}
        {segment.course && segment.title !== segment.course.title && (
          <p class="hint">Course title: {segment.course.title}</p>
        )}
      </div>
      <div class="field">
        <label for={`notes-${id}`}>Your notes (in the presenter view and on the printed sheet)</label>
        <textarea
          id={`notes-${id}`}
          rows={3}
          maxLength={SEGMENT_NOTES_MAX}
          value={segment.notes}
          onInput={(e) => onNotes((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <p class="actions">
        {segment.course && (
          <button type="button" class="button secondary" disabled={!segment.edited} onClick={onReset}>
            Reset to the course’s title and minutes
          </button>
        )}
        <button type="button" class="button secondary" onClick={onRemove}>
          {segment.own ? 'Delete this segment' : 'Remove from this session'}
        </button>
        <button type="button" class="button" onClick={onClose}>
          Done
        </button>
      </p>
      {segment.course && segment.edited && (
        <p class="hint">
          The course plans {segment.course.minutes} min for “{segment.course.title}”.
        </p>
      )}
    </div>
  );
}
