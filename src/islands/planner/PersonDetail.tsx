import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatDate, relativeDate } from '../../domain/dates';
import { parseWindow } from '../../domain/planner/keep-in-touch';
import { RUNG_LABELS } from '../../domain/planner/ladder';
import { formatBalance, formatRatio, KIND_LABELS, sideOf } from '../../domain/planner/ledger';
import { openPlansFor } from '../../domain/planner/plan';
import type { Person } from '../../domain/planner/view';
import { DEFAULT_CADENCE_DAYS } from '../../domain/touch';
import type { Rung, Tier } from '../../schemas/contact';
import { contacts } from '../../store/contacts';
import { planner } from '../../store/planner';
import { $today } from '../../store/today';
import { DueBadge } from '../people/DueBadge';
import { LazyTimeline } from '../people/LazyTimeline';
import { focusSoon, NOT_LOADED, type StatusMessage } from '../status';
import { EntryForm } from './EntryForm';
import { FormError, RUNG_OPTIONS, Select, TIER_OPTIONS } from './fields';
import { PlanList } from './PlanList';
import { closePerson, messageHref, openPerson } from './ui';

/** Entries shown at first; the rest on request. */
const FIRST = 10;

/** One relationship opened: its account, the log and plan form, its ledger, its plans and its settings. */
export function PersonDetail({
  person,
  onDone,
}: {
  person: Person;
  onDone: (m: StatusMessage, stay?: boolean) => void;
}) {
  const today = useStore($today);
  const entries = useStore(planner.ledger.$items);
  const plans = useStore(planner.plans.$items);
  const [all, setAll] = useState(false);
  /** The question asked before deleting, while it is open. */
  const [question, setQuestion] = useState<string | null>(null);
  const [windowText, setWindowText] = useState(String(person.contact.planner?.keepInTouchDays ?? ''));
  const [windowError, setWindowError] = useState<string | null>(null);
  const { id, contact: c, account: a, status } = person;
  const pre = `person-${id}`;
  const ids = all ? a.ids : a.ids.slice(0, FIRST);
  const myPlans = openPlansFor(plans, id);

  const notLoaded = () => onDone({ text: NOT_LOADED, tone: 'bad' }, true);

  const remove = async () => {
    const r = await planner.removePerson(id).catch(() => undefined);
    if (r === undefined) return notLoaded();
    const deleted = r?.deleted;
    if (!r || !deleted) return r && onDone({ text: r.message, tone: 'bad' }, true);
    closePerson();
    onDone({
      text: r.message,
      tone: 'warn',
      undo: async () => {
        const back = await planner.restorePerson(deleted).catch(() => null);
        if (!back) return notLoaded();
        onDone({ text: back.message, tone: back.ok ? 'good' : 'bad' }, true);
        if (contacts.get(id)) openPerson(id);
      },
    });
  };

  return (
    <div id={pre} class="person-detail">
      <h3 id={`${pre}-title`} tabIndex={-1}>
        {c.name}
      </h3>
      <dl class="stats">
        <div>
          <dt>Balance</dt>
          <dd>{formatBalance(a)}</dd>
        </div>
        <div>
          <dt>Gives to asks</dt>
          <dd>{formatRatio(a)}</dd>
        </div>
        <div>
          <dt>Last give</dt>
          <dd>
            {a.lastGive
              ? `${formatDate(a.lastGive, 'day', { today })} (${relativeDate(a.lastGive, today)})`
              : 'None logged yet'}
          </dd>
        </div>
        <div>
          <dt>Keep in touch</dt>
          <dd>
            <DueBadge status={status} />
          </dd>
        </div>
      </dl>

      <h4>Log or plan</h4>
      <EntryForm id={`${pre}-entry`} contactId={id} mode="log" switchable onDone={onDone} />

      {myPlans.length > 0 && (
        <>
          <h4>Planned for {c.name}</h4>
          <PlanList items={myPlans} onDone={onDone} showPerson={false} label={`Plans for ${c.name}`} />
        </>
      )}

      <h4>Ledger</h4>
      {a.ids.length === 0 ? (
        <p class="muted">Nothing logged yet.</p>
      ) : (
        <table class="data-table stacked ledger-table">
          <caption class="visually-hidden">Ledger for {c.name}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Give or ask</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.map((eid) => {
              const e = entries[eid];
              if (!e) return null;
              return (
                <tr key={eid}>
                  <td data-label="Date">{formatDate(e.date, 'day', { today })}</td>
                  <td data-label="Give or ask">
                    <span class="tag">{sideOf(e.kind)}</span> {KIND_LABELS[e.kind]}
                    {e.channel && <span class="muted"> · {RUNG_LABELS[e.channel]}</span>}
                  </td>
                  <td data-label="Note" class="note">
                    {e.note}
                  </td>
                  <td>
                    <button
                      type="button"
                      class="button secondary small"
                      onClick={() => {
                        const removed = planner.removeEntry(eid);
                        focusSoon(`${pre}-title`);
                        onDone({
                          text: `Deleted from ${c.name}’s ledger: ${KIND_LABELS[e.kind]}, ${formatDate(e.date, 'day', { today })}.`,
                          tone: 'warn',
                          undo: removed ? () => planner.restoreEntry(eid, removed) : undefined,
                        });
                      }}
                    >
                      Delete
                      <span class="visually-hidden">
                        {' '}
                        {KIND_LABELS[e.kind]}, {formatDate(e.date, 'day', { today })}
                      </span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {a.ids.length > FIRST && (
        <p>
          <button type="button" class="button secondary small" onClick={() => setAll(!all)}>
            {all ? 'Show the latest only' : `Show all ${a.ids.length} entries`}
          </button>
        </p>
      )}

      <LazyTimeline id={id} tool="planner" />

      <h4>Settings</h4>
      <div class="fields">
        <Select
          id={`${pre}-tier`}
          label="Kind of relationship"
          value={c.tier}
          onChange={(t: Tier) => {
            const r = planner.setTier(id, t);
            if (r.ok) return;
            onDone({ text: r.message, tone: 'bad' });
            // The list did not change: show the person's list again in the control.
            const select = document.getElementById(`${pre}-tier`) as HTMLSelectElement | null;
            if (select) select.value = c.tier;
          }}
          options={TIER_OPTIONS}
        />
        <Select
          id={`${pre}-rung`}
          label="Richest channel so far"
          value={c.planner?.rung ?? ''}
          onChange={(r: Rung | '') => planner.setRung(id, r || undefined, today)}
          options={RUNG_OPTIONS}
          empty="Not placed yet"
        />
        <div class="field">
          <label for={`${pre}-window`}>Keep in touch every (days)</label>
          <input
            id={`${pre}-window`}
            type="text"
            inputMode="numeric"
            value={windowText}
            placeholder={`${DEFAULT_CADENCE_DAYS[c.tier]} (default)`}
            aria-describedby={`${pre}-window-hint`}
            aria-invalid={windowError ? true : undefined}
            onInput={(e) => setWindowText((e.currentTarget as HTMLInputElement).value)}
            onChange={() => {
              const r = parseWindow(windowText);
              if (!r.ok) return setWindowError(r.message);
              setWindowError(null);
              planner.setWindow(id, r.days);
            }}
          />
          <p id={`${pre}-window-hint`} class="hint">
            Now {status.cadence.days} days
            {status.cadence.source === 'tier'
              ? ' (the default).'
              : status.cadence.source === 'lunch'
                ? ' (your COI lunch cadence).'
                : '. Empty it for the default.'}
          </p>
          <FormError id={`${pre}-window-error`} text={windowError} />
        </div>
      </div>
      <p class="actions">
        <a class="button secondary" href={messageHref(id)}>
          Write a give-first message to {c.name}
        </a>
        <button
          type="button"
          class="button secondary danger"
          onClick={async () => {
            const asked = await planner.deleteQuestion(id).catch(() => undefined);
            if (asked === undefined) return notLoaded();
            if (!asked) return remove();
            setQuestion(asked);
            focusSoon(`${pre}-confirm`);
          }}
        >
          Delete {c.name}
        </button>
      </p>
      {question && (
        <div class="notice bad confirm">
          <p id={`${pre}-confirm-text`}>{question}</p>
          <p class="actions">
            <button
              id={`${pre}-confirm`}
              type="button"
              class="button danger"
              aria-describedby={`${pre}-confirm-text`}
              onClick={remove}
            >
              Yes, delete {c.name}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setQuestion(null);
                focusSoon(`${pre}-title`);
              }}
            >
              Keep {c.name}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
