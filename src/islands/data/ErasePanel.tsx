import { useEffect, useRef, useState } from 'preact/hooks';
import { canUndoErase, eraseAll, undoEraseAll } from '../../store/data-actions';

/** The word to type before erasing. */
export const ERASE_WORD = 'ERASE';

/** Erases everything after a typed confirmation; can be undone during this session. */
export function ErasePanel() {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [undoable, setUndoable] = useState(canUndoErase());
  const status = useRef<HTMLParagraphElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // Keep what was typed before the page finished loading its scripts.
  useEffect(() => {
    if (field.current?.value) setTyped(field.current.value);
  }, []);

  return (
    <section class="panel danger" aria-labelledby="erase-title">
      <h2 id="erase-title">Erase everything</h2>
      <p>
        Remove everything this site keeps in this browser: your contacts and centers of influence, your giving-first
        planner, your self-assessments, your lesson progress, answers and reflections, and your workshop plans. Export a
        backup first if you might want them again.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (typed !== ERASE_WORD) return;
          const n = eraseAll();
          setTyped('');
          setUndoable(true);
          setMessage(`Everything was erased (${n} items). You can undo this until you close this tab.`);
          requestAnimationFrame(() => status.current?.focus());
        }}
      >
        <label for="erase-confirm">
          Type <strong>{ERASE_WORD}</strong> to confirm
        </label>
        <input
          ref={field}
          id="erase-confirm"
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={typed}
          onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="button danger" disabled={typed !== ERASE_WORD}>
          Erase everything
        </button>
      </form>
      {message && (
        <p class="notice warn" role="status" tabIndex={-1} ref={status}>
          {message}
        </p>
      )}
      {undoable && (
        <p>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              const ok = undoEraseAll();
              setUndoable(!ok && canUndoErase());
              setMessage(ok ? 'Your data is back.' : 'The erase could not be undone: the browser refused to save.');
            }}
          >
            Undo the erase
          </button>
        </p>
      )}
    </section>
  );
}
