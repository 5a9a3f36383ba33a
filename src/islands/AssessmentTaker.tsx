import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { nextToAnswer, type StatementInfo } from '../domain/assessment';
import { takerView } from '../domain/assessment-history';
import { answer, attempts, completeDraft, discardDraft } from '../store/assessment';
import { $today } from '../store/today';
import { FinishPanel } from './assessment/FinishPanel';
import { StartOver } from './assessment/StartOver';
import { StatementField } from './assessment/StatementField';
import { TakerIntro } from './assessment/TakerIntro';
import './assessment/taker.css';
import { whenLoaded } from './when-loaded';

interface Props {
  /** Statements asked now, in asking order. */
  questions: { id: string; text: string }[];
  /** Every statement, retired ones included (scores the attempt on completion). */
  statements: StatementInfo[];
  /** Where the result is shown. */
  resultHref: string;
}

/** Whether the last input came from a pointer: then a chosen answer moves on by itself. */
let pointer = false;

/** Moves focus to an element and brings it to the middle of the screen (clear of the sticky progress bar). */
function focusInView(el: HTMLElement | null | undefined) {
  if (!el) return;
  el.focus({ preventScroll: true });
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

/** Where focus goes after the next render. */
type FocusTarget = number | 'finish' | 'start' | null;

/**
 * Taking the self-assessment: one statement at a time (small screens) or all on one page
 * (large screens), number keys 1–5 answer, every answer is saved at once, and an
 * unfinished attempt picks up where it stopped.
 */
function AssessmentTaker({ questions, statements, resultHref }: Props) {
  const items = useStore(attempts.$items);
  const order = questions.map((q) => q.id);
  const today = useStore($today);
  const view = takerView(order, items, today);
  const total = questions.length;
  const { answered, next } = view.progress;
  const [started, setStarted] = useState(view.hasDraft);
  const [step, setStep] = useState(next === -1 ? total : next);
  /** The statement shown, updated at once (a fast second key press must not answer the same one twice). */
  const at = useRef(step);
  const [all, setAll] = useState(() => matchMedia('(min-width: 60rem)').matches);
  const [error, setError] = useState('');
  const [welcome] = useState(() =>
    view.hasDraft && answered > 0
      ? `Welcome back. Your ${answered} ${answered === 1 ? 'answer' : 'answers'} from ${view.draftDate} are saved, so carry on where you left off.`
      : '',
  );
  const fields = useRef<(HTMLElement | null)[]>([]);
  const finishRef = useRef<HTMLElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<FocusTarget>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const onKey = useRef<(e: KeyboardEvent) => void>();
  // The answers as saved, plus any given since this render (keys can come faster than renders).
  const given = useRef(view.answers);
  given.current = view.answers;

  useEffect(() => {
    const t = focusAfter.current;
    focusAfter.current = null;
    const el =
      t === 'finish' ? finishRef.current : t === 'start' ? startRef.current : t === null ? null : fields.current[t];
    focusInView(el);
  });

  /** Shows statement `i` (or the end when `i` is past the last) and moves focus there. */
  const go = (i: number) => {
    clearTimeout(timer.current);
    const target = Math.max(0, Math.min(total, i));
    at.current = target;
    setStep(target);
    focusAfter.current = target === total ? 'finish' : target;
  };

  const choose = (i: number, value: number, byKey: boolean) => {
    const id = order[i];
    if (id === undefined) return;
    setError(
      answer(id, value)
        ? ''
        : 'This answer is on screen but this browser did not save it. See the message at the top of the page.',
    );
    // On to the next statement still open (or the end), so the next key never overwrites an answer.
    given.current = { ...given.current, [id]: value };
    const after = nextToAnswer(order, given.current, i);
    const target = after === -1 ? total : after;
    if (all) {
      // Every statement is on the page already, so focus can move at once.
      if (byKey) {
        at.current = target;
        focusInView(target === total ? finishRef.current : fields.current[target]);
      }
    } else if (byKey) {
      go(target);
    } else if (pointer) {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => go(target), 250);
    }
  };

  onKey.current = (e) => {
    const value = Number(e.key);
    if (!started || e.altKey || e.ctrlKey || e.metaKey || !(value >= 1 && value <= 5)) return;
    const target = e.target as HTMLElement;
    if (target.closest?.('input:not([type=radio]),textarea,select,[contenteditable]')) return;
    const field = target.closest?.('[data-index]');
    const i = all ? (field ? Number(field.getAttribute('data-index')) : next) : at.current;
    if (i < 0 || i >= total) return;
    e.preventDefault();
    choose(i, value, true);
  };

  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      pointer = false;
      onKey.current?.(e);
    };
    const down = () => {
      pointer = true;
    };
    document.addEventListener('keydown', key);
    document.addEventListener('pointerdown', down);
    return () => {
      document.removeEventListener('keydown', key);
      document.removeEventListener('pointerdown', down);
      clearTimeout(timer.current);
    };
  }, []);

  const finish = () => {
    const id = completeDraft({ statements });
    if (id) location.assign(resultHref);
    else
      setError(
        'Your result could not be saved because this browser refused to store it. Your answers are still here; see the message at the top of the page, then try again.',
      );
  };

  if (!started) {
    return (
      <TakerIntro
        last={view.last}
        resultHref={resultHref}
        startRef={startRef}
        onStart={() => {
          setStarted(true);
          go(0);
        }}
      />
    );
  }

  const panel = (
    <FinishPanel
      panelRef={finishRef}
      remaining={total - answered}
      next={next}
      onGo={go}
      onFinish={finish}
      onBack={all ? undefined : () => go(total - 1)}
    />
  );
  const field = (i: number) => {
    const q = questions[i];
    return (
      q && (
        <StatementField
          key={q.id}
          id={q.id}
          number={i + 1}
          total={total}
          text={q.text}
          value={view.answers[q.id]}
          onAnswer={(v) => choose(i, v, false)}
          fieldRef={(el) => {
            fields.current[i] = el;
          }}
        />
      )
    );
  };
  const current = questions[step];

  return (
    <div class={all ? 'taker all' : 'taker'}>
      {welcome && <p class="notice good">{welcome}</p>}
      <div class="taker-bar spread">
        <p class="progress-line">
          <span>
            {answered} of {total} answered
          </span>
          <progress max={total} value={answered} aria-label="Statements answered" />
        </p>
        <div class="actions">
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              setAll(!all);
              if (all) go(next === -1 ? total : next);
              else focusAfter.current = step >= total ? 'finish' : step;
            }}
          >
            {all ? 'One statement at a time' : 'All statements on one page'}
          </button>
          <StartOver
            answered={answered}
            onConfirm={() => {
              discardDraft();
              setStarted(false);
              at.current = 0;
              setStep(0);
              focusAfter.current = 'start';
            }}
          />
        </div>
      </div>
      <p class="muted key-hint">
        {all
          ? 'Tip: press a number key from 1 to 5 to answer the statement you are on and move to the next.'
          : 'Tip: press a number key from 1 to 5 to answer; the next statement follows.'}
      </p>
      {error && (
        <p class="notice bad" role="alert">
          {error}
        </p>
      )}
      {all ? (
        <>
          <div class="statement-list">{questions.map((_, i) => field(i))}</div>
          {panel}
        </>
      ) : current ? (
        <div class="step">
          {field(step)}
          <div class="actions step-nav">
            <button type="button" class="button secondary" disabled={step === 0} onClick={() => go(step - 1)}>
              Back
            </button>
            <button type="button" class="button" onClick={() => go(step + 1)}>
              {view.answers[current.id] === undefined ? 'Skip for now' : 'Next'}
            </button>
          </div>
        </div>
      ) : (
        panel
      )}
    </div>
  );
}

export default whenLoaded(AssessmentTaker, 'Opening the statements…');
