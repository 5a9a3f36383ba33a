import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatDate } from '../../domain/dates';
import { href } from '../../domain/paths';
import {
  checkNewIntro,
  isMade,
  nextStep,
  previousStep,
  stepIndex,
  stepLabel,
  stepPhrase,
} from '../../domain/planner/intros';
import { nameIn } from '../../domain/planner/view';
import { INTRO_STEPS, type Intro, type IntroStep, WHY_MAX } from '../../schemas/planner';
import { $plannerView, planner } from '../../store/planner';
import { $today } from '../../store/today';
import { focusSoon, Status, type StatusMessage, useStatus } from '../status';
import { FormError, NoteField, personOptions, Select } from './fields';
import './planner.css';
import { whenLoaded } from '../when-loaded';

/** One introduction: its steps, and the moves it allows. */
function IntroCard({ id, intro, say }: { id: string; intro: Intro; say: (m: StatusMessage) => void }) {
  const view = useStore($plannerView);
  const today = useStore($today);
  const [target, setTarget] = useState<IntroStep | ''>('');
  const [skipMessage, setSkipMessage] = useState<string | null>(null);
  const a = nameIn(view, intro.a);
  const b = nameIn(view, intro.b);
  const next = nextStep(intro.step);
  const back = previousStep(intro.step);
  const pre = `intro-${id}`;

  const move = (to: IntroStep, confirm = false) => {
    const r = planner.moveIntro(id, to, today, confirm);
    if (!r) return;
    if (!r.ok) {
      setSkipMessage(r.message);
      return focusSoon(`${pre}-skip`);
    }
    setSkipMessage(null);
    setTarget('');
    const extra =
      r.ledger === 'add'
        ? ` A give was logged in both ${a}’s and ${b}’s ledgers.`
        : r.ledger === 'remove'
          ? ' The gives it had logged were taken out of both ledgers.'
          : '';
    const skipped = r.skipped.length ? ` Passed over: ${r.skipped.map((s) => stepPhrase(s, a, b)).join(', ')}.` : '';
    say({ text: `${a} and ${b}: ${stepPhrase(to, a, b)}.${extra}${skipped}` });
  };

  return (
    <li class={`intro-card${intro.declined ? ' declined' : ''}`} data-intro={`${a} and ${b}`}>
      <h3 id={`${pre}-title`} tabIndex={-1}>
        {a} and {b}
      </h3>
      {intro.why && <p class="why">{intro.why}</p>}
      <ol class="steps" aria-label="Steps">
        {INTRO_STEPS.map((s) => {
          const date = intro.reached[s];
          const passed = stepIndex(s) <= stepIndex(intro.step);
          const state = date ? (s === intro.step ? 'current' : 'done') : passed ? 'skipped' : 'todo';
          return (
            <li key={s} class={state} aria-current={s === intro.step ? 'step' : undefined}>
              <span class="mark" aria-hidden="true">
                {state === 'todo' ? '○' : state === 'skipped' ? '–' : '●'}
              </span>{' '}
              {stepLabel(s, a, b)}
              <span class="muted">
                {date
                  ? ` · ${formatDate(date, 'day', { today })}`
                  : state === 'skipped'
                    ? ' · passed over'
                    : ' · not yet'}
              </span>
            </li>
          );
        })}
      </ol>
      {intro.declined ? (
        <p>
          <strong>Not going ahead</strong> (noted {formatDate(intro.declined, 'day', { today })}).{' '}
          <button
            type="button"
            class="button secondary small"
            onClick={() => {
              planner.setDeclined(id, undefined);
              say({ text: `Reopened the introduction between ${a} and ${b}.` });
            }}
          >
            Reopen
          </button>
        </p>
      ) : (
        <div class="actions">
          {next && (
            <button type="button" class="button small" onClick={() => move(next)}>
              Next: {stepLabel(next, a, b)}
            </button>
          )}
          {back && (
            <button type="button" class="button secondary small" onClick={() => move(back)}>
              Back to “{stepLabel(back, a, b)}”
            </button>
          )}
          <span class="move-to">
            <Select
              id={`${pre}-to`}
              label="Move to"
              value={target}
              onChange={setTarget}
              options={INTRO_STEPS.filter((s) => s !== intro.step).map((s) => [s, stepLabel(s, a, b)])}
              empty="Choose a step"
            />
            <button
              type="button"
              class="button secondary small"
              disabled={!target}
              onClick={() => target && move(target)}
            >
              Move
            </button>
          </span>
          {!isMade(intro.step) && (
            <button
              type="button"
              class="button secondary small"
              onClick={() => {
                planner.setDeclined(id, today);
                say({
                  text: `Noted: the introduction between ${a} and ${b} is not going ahead. That is fine; ask again another time.`,
                });
              }}
            >
              One of them said no
            </button>
          )}
          <button
            type="button"
            class="button secondary small"
            onClick={() => {
              const removed = planner.removeIntro(id);
              say({
                text: `Deleted the introduction between ${a} and ${b}.${intro.entries?.length ? ' The gives it logged stay in the ledgers.' : ''}`,
                tone: 'warn',
                undo: removed ? () => planner.restoreIntro(id, removed) : undefined,
              });
            }}
          >
            Delete
            <span class="visually-hidden">
              {' '}
              the introduction between {a} and {b}
            </span>
          </button>
        </div>
      )}
      {skipMessage && (
        <div class="notice warn" role="alert">
          <p>{skipMessage}</p>
          <p class="actions">
            <button id={`${pre}-skip`} type="button" class="button small" onClick={() => target && move(target, true)}>
              Yes, move it anyway
            </button>
            <button
              type="button"
              class="button secondary small"
              onClick={() => {
                setSkipMessage(null);
                focusSoon(`${pre}-to`);
              }}
            >
              Cancel
            </button>
          </p>
        </div>
      )}
    </li>
  );
}

/** The introduction planner: who should meet whom and why, each moved through the double opt-in steps. */
function IntroPlanner() {
  const view = useStore($plannerView);
  const today = useStore($today);
  const intros = useStore(planner.intros.$items);
  const [msg, say] = useStatus('intro-status');
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const people = personOptions(view.people);
  const names = Object.fromEntries(people);
  const list = Object.entries(intros).filter((e): e is [string, Intro] => !!e[1]);
  const active = list
    .filter(([, i]) => !i.declined && i.step !== 'followed-up')
    .sort(([, x], [, y]) => stepIndex(y.step) - stepIndex(x.step) || x.createdAt - y.createdAt);
  const closed = list
    .filter(([, i]) => i.declined || i.step === 'followed-up')
    .sort(([, x], [, y]) => y.createdAt - x.createdAt);

  return (
    <div class="section-body intro-planner" data-ready>
      <Status id="intro-status" msg={msg} set={say} />
      {people.length < 2 ? (
        <p class="muted">
          Add at least two relationships in the <a href={href('/planner/#people')}>planner</a> to plan an introduction.
        </p>
      ) : (
        <form
          class="intro-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const bad = checkNewIntro(
              a,
              b,
              why,
              list.map(([, i]) => i),
              names,
            );
            if (bad) {
              setError(bad);
              return focusSoon(!a ? 'intro-a' : 'intro-b');
            }
            setError(null);
            planner.addIntro(a, b, why.trim(), today);
            say({ text: `Noted the idea: introduce ${names[a]} and ${names[b]}. Next, ask ${names[a]} privately.` });
            setA('');
            setB('');
            setWhy('');
          }}
        >
          <h3>Who should meet whom?</h3>
          <div class="fields">
            <Select
              id="intro-a"
              label="First person to ask"
              value={a}
              options={people}
              onChange={setA}
              empty="Choose a person"
            />
            <Select
              id="intro-b"
              label="Second person to ask"
              value={b}
              options={people}
              onChange={setB}
              empty="Choose a person"
            />
          </div>
          <NoteField
            id="intro-why"
            label="Why they should meet: what each would gain"
            value={why}
            onInput={setWhy}
            max={WHY_MAX}
          />
          <FormError id="intro-error" text={error} />
          <p>
            <button type="submit" class="button">
              Add the introduction
            </button>
          </p>
        </form>
      )}
      {active.length > 0 && (
        <ul class="intro-list" aria-label="Introductions under way">
          {active.map(([id, i]) => (
            <IntroCard key={id} id={id} intro={i} say={say} />
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details>
          <summary>Followed up or not going ahead ({closed.length})</summary>
          <ul class="intro-list">
            {closed.map(([id, i]) => (
              <IntroCard key={id} id={id} intro={i} say={say} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export default whenLoaded(IntroPlanner, 'Opening your introductions…');
