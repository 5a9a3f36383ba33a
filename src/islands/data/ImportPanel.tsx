import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { formatDate, plural } from '../../domain/dates';
import { vault } from '../../store/app';
import type { CheckedBackup, ImportMode } from '../../store/backup';
import type { ImportUndo } from '../../store/backup-import';
import { importBackup, prepareImport, previewImport, readBackupFile, undoImport } from '../../store/data-actions';
import type { PlanWords } from '../../store/data-import';

type Step =
  | { at: 'choose' }
  | { at: 'preview'; backup: CheckedBackup; fileName: string; plans: Record<ImportMode, PlanWords> }
  | { at: 'done'; message: string; notes: string[]; undo: ImportUndo | null; changed?: number }
  | { at: 'error'; message: string };

/** When a backup was made, in words. */
function madeOn(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? 'an unknown date' : formatDate(at, 'time');
}

/** The sentences under a plan: what it changes, and what it leaves alone and why. */
function PlanNotes({ lines }: { lines: string[] }) {
  return (
    <ul class="plan-notes">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

/** Imports a backup: choose a file, see what it holds and what each choice would do, then replace or merge. */
export function ImportPanel() {
  const mode = useStore(vault.$mode);
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLParagraphElement>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readBackupFile(file);
    setStep(
      result.ok
        ? { at: 'preview', backup: result.backup, fileName: file.name, plans: await previewImport(result.backup) }
        : { at: 'error', message: `${result.error} Nothing was changed.` },
    );
    requestAnimationFrame(() => heading.current?.focus());
  };

  const apply = async (backup: CheckedBackup, mode: ImportMode) => {
    const r = await importBackup(backup, mode);
    setStep(
      r.ok
        ? {
            at: 'done',
            message:
              mode === 'replace'
                ? `Done: this browser now holds what the backup holds (${plural(r.written, 'item')} written).`
                : `Done: ${plural(r.written, 'item')} from the backup ${r.written === 1 ? 'was' : 'were'} added or updated.`,
            notes: r.leftAlone,
            undo: r.undo,
          }
        : { at: 'error', message: r.error },
    );
    if (input.current) input.current.value = '';
    requestAnimationFrame(() => heading.current?.focus());
  };

  const merge = step.at === 'preview' ? step.plans.merge : null;
  const replace = step.at === 'preview' ? step.plans.replace : null;

  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">Import a backup</h2>
      <p>Choose a backup file exported from this site. You will see what it holds before anything changes.</p>
      {mode === 'locked' && step.at !== 'done' && (
        <p class="notice warn" data-import-locked>
          Importing is not available on this page right now: some of your data was saved by a newer version of the site,
          and this page never changes it. Reload the page to get the newest version of the site, then import.
        </p>
      )}
      <p>
        <label for="import-file">Backup file</label>
        <input
          ref={input}
          id="import-file"
          disabled={mode === 'locked'}
          type="file"
          accept="application/json,.json"
          onClick={prepareImport}
          onChange={(e) => onFile((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </p>
      {step.at === 'error' && (
        <p class="notice bad" role="alert" tabIndex={-1} ref={heading}>
          {step.message}
        </p>
      )}
      {step.at === 'preview' && merge && replace && (
        <div class="preview" data-import-preview>
          <p tabIndex={-1} ref={heading}>
            <strong>{step.fileName}</strong> was made on {madeOn(step.backup.exportedAt)} and holds:
          </p>
          <ul>
            {Object.entries(step.backup.counts).length === 0 && <li>no saved records</li>}
            {Object.entries(step.backup.counts).map(([label, n]) => (
              <li key={label}>
                {label}: {n}
              </li>
            ))}
            {Object.keys(step.backup.verbatim).length > 0 && (
              <li>
                Other values kept exactly as they were saved (settings, or data the site could not read):{' '}
                {Object.keys(step.backup.verbatim).length}
              </li>
            )}
          </ul>
          <h3>If you merge</h3>
          <PlanNotes lines={[...merge.changes, ...merge.leftAlone]} />
          <h3>If you replace</h3>
          <PlanNotes lines={[...replace.changes, ...replace.leftAlone]} />
          <div class="actions">
            <button type="button" class="button" onClick={() => apply(step.backup, 'merge')}>
              Merge with my data
            </button>
            <button type="button" class="button secondary" onClick={() => apply(step.backup, 'replace')}>
              Replace my data
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setStep({ at: 'choose' });
                if (input.current) input.current.value = '';
              }}
            >
              Cancel
            </button>
          </div>
          <p class="muted">Whichever you choose, you can undo it straight afterwards.</p>
        </div>
      )}
      {step.at === 'done' && (
        <div class="notice good" role="status">
          <p tabIndex={-1} ref={heading}>
            {step.message}
          </p>
          {step.notes.length > 0 && <PlanNotes lines={step.notes} />}
          {step.undo && step.changed !== undefined && (
            <p class="notice warn" data-undo-changed>
              Since the import, {step.changed} {step.changed === 1 ? 'item has' : 'items have'} changed (here or in
              another tab). Undoing the import would take {step.changed === 1 ? 'that change' : 'those changes'} back
              too.
            </p>
          )}
          {step.undo && (
            <p>
              <button
                type="button"
                class="button secondary"
                onClick={async () => {
                  if (!step.undo) return;
                  const r = await undoImport(step.undo, step.changed !== undefined);
                  if (!r.ok && 'changed' in r) {
                    setStep({ ...step, changed: r.changed });
                    return;
                  }
                  setStep(
                    r.ok
                      ? {
                          at: 'done',
                          message: 'The import was undone: everything is exactly as it was before.',
                          notes: [],
                          undo: null,
                        }
                      : {
                          at: 'error',
                          message:
                            'The import could not be undone: the browser refused to save. Export a backup now so nothing is lost, then try again.',
                        },
                  );
                }}
              >
                {step.changed !== undefined ? 'Undo the import anyway' : 'Undo the import'}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
