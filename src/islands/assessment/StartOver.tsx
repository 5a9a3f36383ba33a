import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Answers that starting over would throw away. */
  answered: number;
  onConfirm: () => void;
}

/** "Start over", asking once before the answers are thrown away. */
export function StartOver({ answered, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (asking ? keep : open).current?.focus();
  }, [asking]);
  const ask = (value: boolean) => {
    moved.current = true;
    setAsking(value);
  };

  if (!asking) {
    return (
      <button type="button" class="button secondary" ref={open} onClick={() => ask(true)} disabled={answered === 0}>
        Start over
      </button>
    );
  }
  return (
    <span class="confirm">
      <span id="start-over-q">
        Throw away your {answered} {answered === 1 ? 'answer' : 'answers'}?
      </span>{' '}
      <button type="button" class="button secondary" aria-describedby="start-over-q" onClick={onConfirm}>
        Yes, start over
      </button>{' '}
      <button type="button" class="button" ref={keep} aria-describedby="start-over-q" onClick={() => ask(false)}>
        Keep them
      </button>
    </span>
  );
}
