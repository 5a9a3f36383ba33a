import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  allTags,
  entriesOf,
  indexPeople,
  type ListQuery,
  PAGE_SIZE,
  parseTags,
  queryFromSearch,
  queryPeople,
} from '../domain/coi/list';
import { monthView, overdueCount } from '../domain/coi/lunches';
import { coreToReview, readyForCore } from '../domain/coi/scoring';
import { overLimitMessages, TIER_WORDS, tierCounts } from '../domain/coi/tiers';
import { formatDate } from '../domain/dates';
import { personFromSearch } from '../domain/person-paths';
import type { Tier } from '../schemas/contact';
import { coi } from '../store/coi';
import { contacts } from '../store/contacts';
import { $due } from '../store/due';
import { $today } from '../store/today';
import { AddPerson } from './coi/AddPerson';
import { ListControls } from './coi/ListControls';
import { Overview } from './coi/Overview';
import { PersonRow, type RowActions } from './coi/PersonRow';
import { ThisMonth } from './coi/ThisMonth';
import { downloadText } from './download';
import { Status, useStatus } from './status';

/** What the worksheet says when the code that writes a file could not be loaded. */
const NOT_LOADED =
  'The part of the page that writes the file did not load. Check your connection, reload the page and try again.';

import './coi/coi.css';
import './coi/worksheet.css';

/** The centers-of-influence worksheet: lists, scores, lunches and exports over the shared contacts. */
export default function CoiWorksheet() {
  const items = useStore(contacts.$items);
  const [query, setQuery] = useState<ListQuery>(() => queryFromSearch(location.search));
  const [shown, setShown] = useState(PAGE_SIZE);
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useStatus('coi-status');
  const listTitle = useRef<HTMLHeadingElement>(null);

  const day = useStore($today);
  const due = useStore($due);
  const index = useMemo(() => indexPeople(items), [items]);
  const people = useMemo(() => entriesOf(items), [items]);
  const counts = useMemo(() => tierCounts(Object.values(items)), [items]);
  const tags = useMemo(() => allTags(index), [index]);
  const rows = useMemo(() => queryPeople(index, query), [index, query]);
  const visible = rows.slice(0, shown);

  /** Says what happened; focus stays where the reader is working. */
  const say = (text: string, ok = true, undo?: () => void) =>
    setStatus({ text, tone: ok ? 'good' : 'bad', undo }, true);

  /** Puts focus on a person's name, or on the list heading when they are no longer shown. */
  const focusPerson = (ids: (string | undefined)[]) =>
    requestAnimationFrame(() => {
      for (const id of ids) {
        const el = id && document.querySelector<HTMLElement>(`[data-person="${CSS.escape(id)}"]`);
        if (el) return el.focus();
      }
      listTitle.current?.focus();
    });

  const move = (id: string, to: Tier) => {
    const at = visible.findIndex((p) => p.id === id);
    const r = coi.moveTo(id, to);
    const from = r.from;
    say(r.message, r.ok, r.ok && from ? () => say(coi.moveTo(id, from).message) : undefined);
    focusPerson([id, visible[at + 1]?.id, visible[at - 1]?.id]);
  };

  const show = (id: string) => {
    setQuery({ text: '', tier: 'all', tag: '', sort: query.sort });
    const pos = queryPeople(index, { ...query, text: '', tier: 'all', tag: '' }).findIndex((p) => p.id === id);
    setShown(Math.max(PAGE_SIZE, Math.ceil((pos + 1) / PAGE_SIZE) * PAGE_SIZE));
    setOpen(id);
    focusPerson([id]);
  };

  // Arriving from another tool at one person (`?person=<id>`, from the planner or My progress): show them, open.
  useEffect(() => {
    const id = personFromSearch(location.search);
    if (id && items[id]) show(id);
  }, []);

  const log = (id: string) => {
    const date = day;
    const r = coi.logLunch(id, date);
    say(
      r.message,
      r.ok,
      r.ok
        ? () =>
            coi.removeLunch(id, date)
              ? say('The lunch was taken off the log.')
              : say('The lunch could not be taken off the log; see the message at the top of the page.', false)
        : undefined,
    );
  };

  const actions: RowActions = {
    move,
    toggle: (id) => setOpen(open === id ? null : id),
    score: (id, key, value) => coi.setScore(id, key, value),
    cadence: (id, weeks) => coi.setCadence(id, weeks),
    plan: (id, date) => coi.planLunch(id, date),
    offer: (id, text) => coi.setOffer(id, text),
    log,
    edit: (id, change) => coi.updatePerson(id, change),
    editTags: (id, text) => coi.updatePerson(id, { tags: parseTags(text) }, 0),
    remove: (id) => {
      const at = visible.findIndex((p) => p.id === id);
      const r = coi.deletePerson(id);
      const snap = r.snapshot;
      say(r.message, r.ok, snap ? () => say(coi.restorePerson(id, snap).message) : undefined);
      setOpen(null);
      focusPerson([visible[at + 1]?.id, visible[at - 1]?.id]);
    },
  };

  const download = (file: { fileName: string; text: string }, type: string, what: string) => {
    downloadText(file.fileName, file.text, type);
    say(`${what} saved as ${file.fileName}.`);
  };

  return (
    <div class="coi-worksheet">
      <Overview
        counts={counts}
        overdue={overdueCount(people, due)}
        overLimit={overLimitMessages(counts)}
        ready={readyForCore(people)}
        review={coreToReview(people)}
        onPromote={(id) => move(id, 'core')}
        onShow={show}
      />
      <Status id="coi-status" class="coi-status" msg={status} set={setStatus} />
      <div class="coi-columns">
        <AddPerson
          onAdd={(name, organization, tier) => {
            const r = coi.addPerson({ name, organization, tier });
            say(r.message, r.ok);
            return r.ok;
          }}
        />
        <ThisMonth
          view={monthView(people, due, day)}
          month={formatDate(day, 'month')}
          onLog={log}
          onShow={show}
          onCalendar={(m) => setStatus(m, true)}
        />
      </div>
      <section class="coi-list" aria-labelledby="coi-list-title">
        <h2 id="coi-list-title" tabIndex={-1} ref={listTitle}>
          {query.tier === 'all' ? 'Everyone on your worksheet' : TIER_WORDS[query.tier].list}
        </h2>
        <ListControls
          query={query}
          counts={counts}
          tags={tags}
          onChange={(q) => {
            setQuery(q);
            setShown(PAGE_SIZE);
          }}
        />
        <p class="muted coi-result-count" aria-live="polite">
          {rows.length === 0
            ? people.length === 0
              ? 'Nobody here yet. Add a person above, or import your contacts.'
              : 'Nobody matches. Clear the search or pick another list or tag.'
            : `Showing ${visible.length} of ${rows.length} ${rows.length === 1 ? 'person' : 'people'}.`}
        </p>
        <p class="muted coi-keys">
          Keyboard: on a person’s name or buttons, press Alt+↑ to move them up a list and Alt+↓ to move them back.
        </p>
        <ul class="coi-people">
          {visible.map((p) => (
            <PersonRow
              key={p.id}
              person={p}
              open={open === p.id}
              due={p.contact.tier === 'core' ? (due.get(p.id) ?? null) : null}
              actions={actions}
            />
          ))}
        </ul>
        {rows.length > visible.length && (
          <p>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                const next = rows[visible.length]?.id;
                setShown(shown + PAGE_SIZE);
                focusPerson([next]);
              }}
            >
              Show {Math.min(PAGE_SIZE, rows.length - visible.length)} more (of {rows.length - visible.length} not
              shown)
            </button>
          </p>
        )}
      </section>
      <section class="coi-export panel" aria-labelledby="coi-export-title">
        <h2 id="coi-export-title">Take it with you</h2>
        <p>
          <button
            type="button"
            class="button secondary"
            onClick={async () => {
              const file = await coi.worksheetCsvFile().catch(() => null);
              if (file) download(file, 'text/csv', 'The worksheet');
              else say(NOT_LOADED, false);
            }}
          >
            Download the worksheet (CSV)
          </button>
        </p>
        <p class="muted small-print">
          Opens in any spreadsheet. Cells that a spreadsheet could run as a formula start with an apostrophe, so a name
          like “=SUM(…)” stays plain text.
        </p>
      </section>
    </div>
  );
}
