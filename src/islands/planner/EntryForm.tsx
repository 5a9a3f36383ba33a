import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { addDays, formatDate } from '../../domain/dates';
import { RUNG_LABELS } from '../../domain/planner/ladder';
import { askWarning, EMPTY_ACCOUNT, isGive, KIND_LABELS } from '../../domain/planner/ledger';
import { checkDueDate, checkLogDate, FURTHEST_PLAN_DAYS, OLDEST_LOG_DAYS } from '../../domain/planner/plan';
import type { Rung } from '../../schemas/contact';
import type { EntryKind } from '../../schemas/planner';
import { $plannerView, NOT_SAVED, planner } from '../../store/planner';
import { $today } from '../../store/today';
import { focusSoon, type StatusMessage } from '../status';
import { FormError, KIND_GROUPS, NoteField, PLAN_KIND_GROUPS, personOptions, RUNG_OPTIONS, Select } from './fields';
import { $planDraft } from './ui';

interface Props {
  /** Prefix for element ids (unique on the page). */
  id: string;
  /** The person, when the form belongs to one; otherwise the form has a person select. */
  contactId?: string;
  /** Log something that happened, or plan something. */
  mode: 'log' | 'plan';
  /** Whether the reader can switch between logging and planning. */
  switchable?: boolean;
  /** Whether this form takes requests from other sections ("plan a give for…"). */
  takesDrafts?: boolean;
  /** Reports what was done (with its undo). */
  onDone: (m: StatusMessage) => void;
}

/** Logs a give, ask or touch, or plans one; warns (never blocks) before an ask from a thin account. */
export function EntryForm({ id, contactId, mode: startMode, switchable, takesDrafts, onDone }: Props) {
  const view = useStore($plannerView);
  const today = useStore($today);
  const draft = useStore($planDraft);
  const [mode, setMode] = useState(startMode);
  const [who, setWho] = useState(contactId ?? '');
  const [kind, setKind] = useState<EntryKind | ''>('');
  const [date, setDate] = useState(today);
  const [channel, setChannel] = useState<Rung | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);

  useEffect(() => {
    if (!takesDrafts || !draft) return;
    setMode('plan');
    setWho(draft.contactId);
    setKind(draft.kind ?? '');
    setChannel(draft.channel ?? '');
    setNote(draft.note ?? '');
    setDate(today);
    setError(null);
    focusSoon(`${id}-kind`);
  }, [draft?.n]);

  const person = view.byId.get(who);
  const name = person?.contact.name ?? '';
  const warning = kind && person ? askWarning(kind, person.account ?? EMPTY_ACCOUNT, name) : null;
  const planning = mode === 'plan';

  const fail = (text: string, field: string) => {
    setError(text);
    focusSoon(`${id}-${field}`);
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (!person) return fail('Choose the person first.', 'who');
    if (!kind) return fail('Choose what kind it is.', 'kind');
    const bad = planning ? checkDueDate(date, today) : checkLogDate(date, today);
    if (bad) return fail(bad, 'date');
    setError(null);
    setHint(null);
    const what = `${KIND_LABELS[kind]} on ${formatDate(date, 'day', { today })}`;
    const fields = { kind, note: note.trim(), channel: channel || undefined };
    if (planning) {
      const r = planner.addPlan(who, { ...fields, due: date });
      onDone(
        r.saved
          ? { text: `Planned for ${name}: ${what}.`, undo: () => planner.removePlan(r.id) }
          : { text: `Not planned: ${what} for ${name}. ${NOT_SAVED}`, tone: 'bad' },
      );
      if (!r.saved) return;
    } else {
      const r = planner.logEntry(who, { ...fields, date }, today);
      const moved = r.raised
        ? ` ${name} moved up to ${RUNG_LABELS[r.raised].toLowerCase()} on the channel ladder.`
        : '';
      if (!r.saved) {
        onDone({ text: `Not logged: ${what} for ${name}. ${NOT_SAVED}`, tone: 'bad' });
        return;
      }
      onDone({ text: `Logged for ${name}: ${what}.${moved}`, undo: () => planner.removeEntry(r.id) });
    }
    setKind('');
    setNote('');
    setChannel('');
  };

  return (
    <form class="entry-form" onSubmit={submit} noValidate aria-describedby={error ? `${id}-error` : undefined}>
      {switchable && (
        <fieldset class="choice">
          <legend>What are you recording?</legend>
          {(['log', 'plan'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === m}
                onChange={() => {
                  setMode(m);
                  setDate(today);
                  // Only gives are planned: an ask or touch chosen for the log does not carry over.
                  if (m === 'plan' && kind && !isGive(kind)) setKind('');
                }}
              />{' '}
              {m === 'log' ? 'Something that happened' : 'Something to do later'}
            </label>
          ))}
        </fieldset>
      )}
      <div class="fields">
        {contactId === undefined && (
          <Select
            id={`${id}-who`}
            label="Person"
            value={who}
            options={personOptions(view.people)}
            onChange={setWho}
            empty="Choose a person"
          />
        )}
        <Select
          id={`${id}-kind`}
          label={planning ? 'What you will do' : 'What happened'}
          value={kind}
          onChange={setKind}
          groups={planning ? PLAN_KIND_GROUPS : KIND_GROUPS}
          empty="Choose what kind"
        />
        <div class="field">
          <label for={`${id}-date`}>{planning ? 'Day to do it' : 'Date'}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            min={planning ? today : addDays(today, -OLDEST_LOG_DAYS)}
            max={planning ? addDays(today, FURTHEST_PLAN_DAYS) : today}
            onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <Select
          id={`${id}-channel`}
          label="Channel"
          value={channel}
          onChange={setChannel}
          options={RUNG_OPTIONS}
          empty="Not noted"
        />
      </div>
      <NoteField id={`${id}-note`} label="Note (optional)" value={note} onInput={setNote} />
      {warning && (
        <div class="notice warn" role="status" data-ask-warning>
          <p>{warning.message}</p>
          <p>
            <button
              type="button"
              class="button secondary small"
              onClick={() => {
                setMode('plan');
                setKind('');
                setDate(today);
                setHint(`Choose a give to plan for ${name}; the ask can wait.`);
                focusSoon(`${id}-kind`);
              }}
            >
              Plan a give first
            </button>{' '}
            <span class="muted">Or carry on: this is only a reminder.</span>
          </p>
        </div>
      )}
      {hint && !warning && <p class="notice">{hint}</p>}
      <FormError id={`${id}-error`} text={error} />
      <p>
        <button type="submit" class="button">
          {planning ? 'Plan it' : 'Log it'}
        </button>
      </p>
    </form>
  );
}
