import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BulkAction } from '../domain/coi/bulk';
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
import { checkName } from '../domain/contact';
import { formatDate } from '../domain/dates';
import { href } from '../domain/paths';
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
import type { SelectionBar } from './coi/SelectionBar';
import { ThisMonth } from './coi/ThisMonth';
import { downloadText } from './download';
import { NOT_LOADED, Status, useStatus } from './status';
import { useInTurns } from './use-in-turns';
import { warmUp } from './warm-up';

import './coi/coi.css';
import './coi/worksheet.css';
import { whenLoaded } from './when-loaded';

// The date formats and the name order this tool draws with are made while its data is read.
warmUp();

/**
 * Rows drawn in the first turns (8, then 25): the list starts below the overview and the
 * forms, so the rest of a page of rows can follow a frame or two later.
 */
const ROWS_BY_TURN = [8, 25] as const;

/** The centers-of-influence worksheet: lists, scores, lunches and exports over the shared contacts. */
function CoiWorksheet() {
  const items = useStore(contacts.$items);
  const [query, setQuery] = useState<ListQuery>(() => queryFromSearch(location.search));
  const [shown, setShown] = useState(PAGE_SIZE);
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useStatus('coi-status');
  const listTitle = useRef<HTMLHeadingElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  /** The person last selected or deselected, where a Shift range starts. */
  const anchor = useRef<string | null>(null);
  /** The saved person that the one being added looks like. */
  const twin = useRef<string | null>(null);

  const day = useStore($today);
  const due = useStore($due);
  const index = useMemo(() => indexPeople(items), [items]);
  const people = useMemo(() => entriesOf(items), [items]);
  const counts = useMemo(() => tierCounts(Object.values(items)), [items]);
  const [twins, setTwins] = useState(0);
  useEffect(() => {
    // Counted a moment after the lists change (not on every keystroke); the rule's code loads when first needed.
    let live = true;
    const t = setTimeout(
      () =>
        coi.lookalikes().then(
          (n) => live && setTwins(n),
          () => undefined,
        ),
      250,
    );
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [items]);
  const tags = useMemo(() => allTags(index), [index]);
  const rows = useMemo(() => queryPeople(index, query), [index, query]);
  const visible = rows.slice(0, shown);
  // The first rows at once, more after each frame (see `useInTurns`); all at once when the
  // reader arrives at one person, whose row is then opened and focused.
  const [arriving] = useState(() => personFromSearch(location.search) !== null);
  const drawn = useInTurns(ROWS_BY_TURN.length + 1, !arriving);
  const rowLimit = arriving ? undefined : ROWS_BY_TURN[Math.max(0, drawn - 1)];
  const drawnRows = rowLimit === undefined ? visible : visible.slice(0, rowLimit);
  /** The selection in the order the list shows it, then people the filters hide; people deleted meanwhile left out. */
  const chosen = useMemo(() => {
    const inList = rows.filter((p) => selected.has(p.id)).map((p) => p.id);
    const shownIds = new Set(inList);
    return [...inList, ...[...selected].filter((id) => items[id] && !shownIds.has(id))];
  }, [rows, selected, items]);
  const chosenShown = rows.filter((p) => selected.has(p.id)).length;
  /** The selection bar, whose code loads with the first selection (most visits never select anyone). */
  const [Bar, setBar] = useState<typeof SelectionBar | null>(null);
  const selecting = chosen.length > 0;
  useEffect(() => {
    if (selecting && !Bar)
      import('./coi/SelectionBar').then(
        (m) => setBar(() => m.SelectionBar),
        () => setStatus({ text: NOT_LOADED, tone: 'bad' }, true),
      );
  }, [selecting]);

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

  /** Selects or deselects a person, or with `range` everyone shown from the last one chosen to them. */
  const select = (id: string, on: boolean, range: boolean) => {
    const next = new Set(selected);
    const ids = visible.map((p) => p.id);
    const from = range && anchor.current ? ids.indexOf(anchor.current) : -1;
    const to = ids.indexOf(id);
    const span = from >= 0 && to >= 0 ? ids.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
    for (const x of span) {
      if (on) next.add(x);
      else next.delete(x);
    }
    anchor.current = id;
    setSelected(next);
  };

  /** Runs a bulk action on the selection; focus goes to the status line and its undo. */
  const runBulk = async (action: BulkAction, partial = false) => {
    const r = await coi.bulk(chosen, action, partial).catch(() => null);
    if (!r) return setStatus({ text: NOT_LOADED, tone: 'bad' });
    const plan = r.plan;
    if (!plan) {
      const fits = r.fits;
      setStatus({
        text: r.message,
        tone: 'bad',
        ...(fits ? { undo: () => runBulk(action, true), undoLabel: `Move the first ${fits}` } : {}),
      });
      return;
    }
    if (action.kind === 'move' || action.kind === 'delete') setSelected(new Set(plan.notMoved));
    setStatus({
      text: r.message,
      tone: r.ok ? 'good' : 'bad',
      ...(plan.before.length
        ? {
            undo: async () => {
              const u = await coi.undoBulk(plan).catch(() => null);
              say(u?.message ?? NOT_LOADED, u?.ok ?? false);
            },
          }
        : {}),
    });
  };

  /** Clears the selection; focus goes to the list's heading. */
  const clearSelection = () => {
    setSelected(new Set());
    anchor.current = null;
    listTitle.current?.focus();
  };

  /** Deletes a person with the planner's records for them; focus goes to the next person shown. */
  const remove = async (id: string) => {
    const at = visible.findIndex((p) => p.id === id);
    const r = await coi.deletePerson(id).catch(() => null);
    if (!r) return say(NOT_LOADED, false);
    const deleted = r.deleted;
    say(
      r.message,
      r.ok,
      deleted
        ? async () => {
            const u = await coi.restorePerson(deleted).catch(() => null);
            say(u?.message ?? NOT_LOADED, u?.ok ?? false);
          }
        : undefined,
    );
    if (!r.ok) return;
    setOpen(null);
    focusPerson([visible[at + 1]?.id, visible[at - 1]?.id]);
  };

  const actions: RowActions = {
    select,
    move,
    toggle: (id) => setOpen(open === id ? null : id),
    score: (id, key, value) => coi.setScore(id, key, value),
    cadence: (id, weeks) => coi.setCadence(id, weeks),
    plan: (id, date) => coi.planLunch(id, date),
    offer: (id, text) => coi.setOffer(id, text),
    log,
    edit: (id, change) => coi.updatePerson(id, change),
    editTags: (id, text) => coi.updatePerson(id, { tags: parseTags(text) }, 0),
    deleting: async (id) => {
      const question = await coi.deleteQuestionFor([id]).catch(() => undefined);
      if (question === undefined) say(NOT_LOADED, false);
      else if (!question) await remove(id);
      return question ?? null;
    },
    remove: (id) => void remove(id),
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
      {twins > 0 && (
        <p class="notice warn coi-twins">
          {twins} possible {twins === 1 ? 'duplicate' : 'duplicates'} on your worksheet.{' '}
          <a href={href('/coi/duplicates/')}>Check and merge them</a>
        </p>
      )}
      <Status id="coi-status" class="coi-status" msg={status} set={setStatus} />
      <div class="coi-columns">
        <AddPerson
          onAdd={async (name, organization, tier, keepBoth) => {
            // A look-alike is only looked for when the name itself can be saved.
            const like =
              !keepBoth && checkName(name).ok ? await coi.lookalike({ name, organization }).catch(() => null) : null;
            if (like) {
              twin.current = like.id;
              return like.message;
            }
            const r = coi.addPerson({ name, organization, tier }, (keepBoth && twin.current) || undefined);
            say(r.message, r.ok);
            return r.ok;
          }}
          onMerge={async (name, organization) => {
            const r = twin.current
              ? await coi.mergeTyped(twin.current, { name, organization }).catch(() => null)
              : null;
            if (!r) {
              say(NOT_LOADED, false);
              return false;
            }
            const undo = r.undo;
            say(r.message, r.ok, undo ? () => say(undo().message) : undefined);
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
      <section
        class="coi-list"
        aria-labelledby="coi-list-title"
        onKeyDown={(e) => {
          // Escape on a selection box or in the selection bar clears the selection.
          const t = e.target as HTMLElement;
          if (e.key === 'Escape' && chosen.length && (t.matches('.coi-select') || t.closest('.coi-bulk'))) {
            e.preventDefault();
            clearSelection();
          }
        }}
      >
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
          Keyboard: Alt+↑ and Alt+↓ on a person’s name or buttons move them up or back a list. Space ticks a person’s
          box and Shift+Space everyone from the last one ticked; then move, tag or delete them all at once.
        </p>
        <p class="visually-hidden" aria-live="polite">
          {chosen.length ? `${chosen.length} selected` : ''}
        </p>
        {selecting && Bar && (
          <Bar
            count={chosen.length}
            hidden={chosen.length - chosenShown}
            matching={rows.length}
            allMatching={chosenShown === rows.length}
            onSelectAll={() => setSelected(new Set([...chosen, ...rows.map((p) => p.id)]))}
            onClear={clearSelection}
            onAction={runBulk}
            deleting={async () => {
              const question = await coi.deleteQuestionFor(chosen).catch(() => undefined);
              if (question === undefined) setStatus({ text: NOT_LOADED, tone: 'bad' });
              else if (!question) await runBulk({ kind: 'delete' });
              return question ?? null;
            }}
          />
        )}
        <ul class="coi-people">
          {drawnRows.map((p) => (
            <PersonRow
              key={p.id}
              person={p}
              open={open === p.id}
              due={p.contact.tier === 'core' ? (due.get(p.id) ?? null) : null}
              selected={selected.has(p.id)}
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

export default whenLoaded(CoiWorksheet, 'Opening your worksheet…');
