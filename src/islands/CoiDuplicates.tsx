import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { defaultPick, MERGE_FIELDS, type MergeField, type MergePick, mergeChoices } from '../domain/coi/duplicates';
import { type DuplicatePair, REASONS } from '../domain/coi/import/dedupe';
import { TIER_WORDS } from '../domain/coi/tiers';
import { formatDate } from '../domain/dates';
import { href } from '../domain/paths';
import type { Contact } from '../schemas/contact';
import { contacts } from '../store/contacts';
import { duplicates, type PairResult } from '../store/duplicates';
import { contactKind } from '../store/kinds/contacts';
import { NOT_LOADED, Status, useStatus } from './status';
import { TableHead } from './table-head';

import './coi/coi.css';
import './coi/duplicates.css';
import { whenLoaded } from './when-loaded';

/** Pairs shown at first, and added with each "show more". */
const PAGE = 10;

/** A field's value as the merge tool shows it. */
function shown(c: Contact, f: MergeField | 'tags' | 'notes'): string {
  if (f === 'tags') return c.tags.join(', ');
  if (f === 'tier') return TIER_WORDS[c.tier].list;
  if (f === 'lastContact') return c.lastContact ? formatDate(c.lastContact) : '';
  return c[f] ?? '';
}

/** A field's name, as the data page and messages name it. */
const label = (f: string) => contactKind.fieldLabels?.[f] ?? f;

/** The merge tool: saved people who look like one person, merged field by field or kept as two, with undo. */
function CoiDuplicates() {
  const pairs = useStore(duplicates.$pairs);
  const items = useStore(contacts.$items);
  const [picks, setPicks] = useState<Record<string, Partial<MergePick>>>({});
  const [limit, setLimit] = useState(PAGE);
  const [status, setStatus] = useStatus('coi-dup-status');

  /** Reports an action with its undo; focus goes to the message. */
  const report = (r: PairResult) => {
    const undo = r.undo;
    setStatus({
      text: r.message,
      tone: r.ok ? 'good' : 'bad',
      ...(undo
        ? {
            undo: () => {
              const u = undo();
              setStatus({ text: u.message, tone: u.ok ? 'good' : 'bad' }, true);
            },
          }
        : {}),
    });
  };

  const live = pairs.flatMap((p) => {
    const a = items[p.a];
    const b = items[p.b];
    return a && b ? [{ ...p, x: a, y: b }] : [];
  });

  return (
    <div class="coi-worksheet coi-dups">
      <Status id="coi-dup-status" class="coi-status" msg={status} set={setStatus} />
      <p class="coi-dup-count" aria-live="polite">
        {live.length === 0
          ? 'No possible duplicates to check. People you chose to keep as two are not listed again.'
          : `${live.length} possible ${live.length === 1 ? 'duplicate' : 'duplicates'} to check.`}
      </p>
      {live.slice(0, limit).map((p) => (
        <PairCard
          key={`${p.a}:${p.b}`}
          pair={p}
          a={p.x}
          b={p.y}
          pick={{ ...defaultPick(p.x, p.y), ...picks[`${p.a}:${p.b}`] }}
          onPick={(f, side) => setPicks({ ...picks, [`${p.a}:${p.b}`]: { ...picks[`${p.a}:${p.b}`], [f]: side } })}
          onMerge={(pick) =>
            duplicates.merge(p.a, p.b, pick).then(report, () => report({ ok: false, message: NOT_LOADED }))
          }
          onKeepBoth={() => report(duplicates.keepBoth(p.a, p.b))}
        />
      ))}
      {live.length > limit && (
        <p>
          <button type="button" class="button secondary" onClick={() => setLimit(limit + PAGE)}>
            Show {Math.min(PAGE, live.length - limit)} more
          </button>
        </p>
      )}
      <p>
        <a href={href('/coi/')}>Back to the worksheet</a>
      </p>
    </div>
  );
}

interface CardProps {
  pair: DuplicatePair;
  a: Contact;
  b: Contact;
  pick: MergePick;
  onPick: (f: MergeField, side: 'a' | 'b') => void;
  onMerge: (pick: MergePick) => void;
  onKeepBoth: () => void;
}

/** One pair: their fields side by side, a choice where they differ, and the two answers. */
function PairCard({ pair, a, b, pick, onPick, onMerge, onKeepBoth }: CardProps) {
  const choices = mergeChoices(a, b);
  const key = `${pair.a}-${pair.b}`;
  const titleId = `dup-${key}`;
  const rows = [...MERGE_FIELDS, 'tags' as const, 'notes' as const].filter((f) => shown(a, f) || shown(b, f));
  return (
    <section class="panel coi-pair" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {a.name} and {b.name}
      </h2>
      <p class="muted">
        They look like one person: {REASONS[pair.reason]}.{' '}
        {choices.length
          ? 'Where they differ, choose what to keep. Everything else is kept from whichever has it; tags, notes and lunches of both are kept.'
          : 'Nothing they hold differs, so merging keeps everything of both.'}
      </p>
      <div class="coi-table-wrap">
        <table class="data-table stacked">
          <TableHead
            caption={`Fields of ${a.name} and ${b.name}`}
            hiddenCaption
            columns={['Field', 'First entry', 'Second entry']}
          />
          <tbody>
            {rows.map((f) => {
              const choose = (choices as string[]).includes(f);
              const cell = (side: 'a' | 'b') => {
                const value = shown(side === 'a' ? a : b, f);
                if (!choose || f === 'tags' || f === 'notes') return value;
                return (
                  <label>
                    <input
                      type="radio"
                      name={`${key}-${f}`}
                      checked={pick[f as MergeField] === side}
                      onChange={() => onPick(f as MergeField, side)}
                    />{' '}
                    <span class="visually-hidden">Keep {label(f).toLowerCase()}: </span>
                    {value}
                  </label>
                );
              };
              return (
                <tr key={f}>
                  <th scope="row">{label(f)}</th>
                  <td data-label="First entry">{cell('a')}</td>
                  <td data-label="Second entry">{cell('b')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="actions">
        <button type="button" class="button" onClick={() => onMerge(pick)}>
          Merge
          <span class="visually-hidden">
            {' '}
            {b.name} into {a.name}
          </span>
        </button>
        <button type="button" class="button secondary" onClick={onKeepBoth}>
          Keep both
          <span class="visually-hidden">
            : {a.name} and {b.name} are different people
          </span>
        </button>
      </p>
    </section>
  );
}

export default whenLoaded(CoiDuplicates, 'Looking for possible duplicates…');
