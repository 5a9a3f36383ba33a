import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ColumnTarget, Table } from '../domain/coi/import/csv';
import type { Duplicate, DuplicateChoice } from '../domain/coi/import/dedupe';
import type { Draft, ReadResult } from '../domain/coi/import/draft';
import { plural } from '../domain/dates';
import { href } from '../domain/paths';
import {
  coiImport,
  draftsFromTable,
  fetchVcardReader,
  type ImportDone,
  preloadCsvReader,
  readImportFile,
} from '../store/coi-import';
import { contacts } from '../store/contacts';
import { MappingStep } from './coi/import/MappingStep';
import { ReviewStep } from './coi/import/ReviewStep';
import { whenIdle } from './idle';
import './coi/coi.css';
import './coi/import/import.css';
import { whenLoaded } from './when-loaded';

type Step =
  | { at: 'choose' }
  | { at: 'working'; what: string; done: number; total: number }
  | { at: 'error'; message: string }
  | { at: 'map'; fileName: string; table: Table; mapping: ColumnTarget[]; preview: Draft[] }
  | { at: 'review'; fileName: string; result: ReadResult; duplicates: Duplicate[] }
  | { at: 'done'; message: string; done: ImportDone | null; full?: boolean };

/** Importing contacts into triage: choose a file, match columns (CSV), check duplicates, import, undo. */
function CoiImport() {
  const saved = useStore(contacts.$items);
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [choice, setChoice] = useState<DuplicateChoice>('merge');
  const [overrides, setOverrides] = useState<Map<number, DuplicateChoice>>(new Map());
  const input = useRef<HTMLInputElement>(null);
  const host = useRef<HTMLDivElement>(null);
  // Keeps the vCard reader for offline use once the page has settled.
  useEffect(() => whenIdle(fetchVcardReader), []);

  /** Moves focus to the new step's heading or message. */
  const go = (next: Step) => {
    setStep(next);
    requestAnimationFrame(() => host.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus());
  };
  const reset = () => {
    if (input.current) input.current.value = '';
    go({ at: 'choose' });
  };
  /** Shows how far a long step has come (the page stays usable while it runs). */
  const working = (what: string) => (done: number, total: number) => setStep({ at: 'working', what, done, total });

  const review = async (fileName: string, result: ReadResult) => {
    setOverrides(new Map());
    const duplicates = await coiImport.duplicatesOf(result, working('Looking for people you already have'));
    go({ at: 'review', fileName, result, duplicates });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStep({ at: 'working', what: 'Reading the file', done: 0, total: file.size });
    const r = await readImportFile(file, working('Reading the file'));
    if (!r.ok) return go({ at: 'error', message: r.error });
    if (r.format === 'vcard') return review(r.name, r.result);
    const preview = (await draftsFromTable(r.table, r.mapping, 5)).drafts;
    go({ at: 'map', fileName: r.name, table: r.table, mapping: r.mapping, preview });
  };

  const doImport = async (s: Extract<Step, { at: 'review' }>) => {
    const done = await coiImport.applyImport(
      s.result,
      s.duplicates,
      (d) => overrides.get(d.index) ?? choice,
      working('Saving'),
    );
    const { plan, refused, invalid } = done;
    const parts = [
      `${plural(plan.added.length, 'person', 'people')} added to triage`,
      plan.merged.length ? `${plan.merged.length} merged` : '',
      plan.skipped ? `${plural(plan.skipped, 'duplicate', 'duplicates')} skipped` : '',
      s.result.noName.length ? `${plural(s.result.noName.length, 'entry', 'entries')} without a name skipped` : '',
      s.result.unreadable.length
        ? `${plural(s.result.unreadable.length, 'unreadable card', 'unreadable cards')} skipped`
        : '',
      invalid ? `${plural(invalid, 'entry', 'entries')} skipped because a value does not fit the worksheet` : '',
    ].filter(Boolean);
    const full = refused
      ? ` The other ${plural(refused, 'person', 'people')} did not fit in this browser’s storage and ${refused === 1 ? 'was' : 'were'} not imported: free some space (see the message at the top of the page), then import the file again; the people already imported will be recognised.`
      : '';
    if (input.current) input.current.value = '';
    const message =
      plan.entries.length === 0 && refused
        ? `Nothing was imported: this browser’s storage is full.${full.replace(/^ The other/, ' The')}`
        : `Done: ${parts.join(', ')}.${full}`;
    go({ at: 'done', message, done: plan.entries.length ? done : null, full: refused > 0 });
  };

  return (
    <div class="coi-import" ref={host}>
      <section class="panel" aria-labelledby="coi-file-title">
        <h2 id="coi-file-title">Choose a file</h2>
        <p>
          LinkedIn’s <strong>Connections.csv</strong>, any CSV file with a header row, or a vCard file (
          <strong>.vcf</strong>) exported from a phone or mail program. Files up to 10 MB.
        </p>
        <p>
          <label for="coi-import-file">File to import</label>
          <input
            ref={input}
            id="coi-import-file"
            type="file"
            accept=".csv,.vcf,.vcard,.txt,.tsv,text/csv,text/vcard,text/x-vcard,text/plain"
            onClick={preloadCsvReader}
            onChange={(e) => onFile(e.currentTarget.files?.[0])}
          />
        </p>
        {step.at === 'working' && (
          <div class="coi-progress">
            <label for="coi-import-progress">{step.what}…</label>
            <progress id="coi-import-progress" max={step.total || 1} value={step.done} />
            <p class="muted" role="status">
              {step.total ? `${Math.floor((100 * step.done) / step.total)}%` : ''}
            </p>
          </div>
        )}
        {step.at === 'error' && (
          <p class="notice bad" role="alert" tabIndex={-1}>
            {step.message} Nothing was imported or changed.
          </p>
        )}
      </section>
      {step.at === 'map' && (
        <MappingStep
          fileName={step.fileName}
          table={step.table}
          mapping={step.mapping}
          preview={step.preview}
          onMap={async (col, target) => {
            const mapping = step.mapping.map((t, i) => (i === col ? target : t));
            const preview = (await draftsFromTable(step.table, mapping, 5)).drafts;
            setStep({ ...step, mapping, preview });
          }}
          onContinue={async () =>
            review(
              step.fileName,
              await draftsFromTable(step.table, step.mapping, undefined, working('Reading the people in the file')),
            )
          }
          onCancel={reset}
        />
      )}
      {step.at === 'review' && (
        <ReviewStep
          fileName={step.fileName}
          result={step.result}
          duplicates={step.duplicates}
          saved={saved}
          choice={choice}
          overrides={overrides}
          onChoice={setChoice}
          onOverride={(i, c) => setOverrides(new Map(overrides).set(i, c))}
          onImport={() => doImport(step)}
          onCancel={reset}
        />
      )}
      {step.at === 'done' && (
        <section class={`notice ${step.full ? 'warn' : 'good'}`} aria-labelledby="coi-done-title">
          <h2 id="coi-done-title" tabIndex={-1}>
            Import finished
          </h2>
          <p role="status">{step.message}</p>
          <p class="actions">
            <a class="button" href={href('/coi/?list=triage')}>
              Open your triage list
            </a>
            {step.done && (
              <button
                type="button"
                class="button secondary"
                onClick={async () => {
                  const done = step.done;
                  if (!done) return;
                  const r = await coiImport.undoImport(done).catch(() => null);
                  if (!r) {
                    go({
                      ...step,
                      message:
                        'The import was not undone: part of the page did not load. Check your connection, reload the page and try again; nothing was changed.',
                    });
                    return;
                  }
                  const kept = r.kept
                    ? ` ${plural(r.kept, 'person you changed', 'people you changed')} since the import ${r.kept === 1 ? 'was' : 'were'} kept.`
                    : '';
                  const logged = r.logged
                    ? ` ${plural(r.logged, 'person', 'people')} with records in the planner since the import ${r.logged === 1 ? 'was' : 'were'} kept.`
                    : '';
                  go({
                    at: 'done',
                    message: `The import was undone: ${plural(r.removed, 'person', 'people')} removed, ${r.restored} merged ${r.restored === 1 ? 'person' : 'people'} put back as before.${kept}${logged}`,
                    done: null,
                  });
                }}
              >
                Undo this import
              </button>
            )}
          </p>
        </section>
      )}
    </div>
  );
}

export default whenLoaded(CoiImport, 'Opening the import…');
