import { useRef, useState } from 'preact/hooks';
import type { CheckedBackup, ImportMode } from '../../store/backup';
import { importBackup, readBackupFile, undoImport } from '../../store/data-actions';

type Step =
  | { at: 'choose' }
  | { at: 'preview'; backup: CheckedBackup; fileName: string }
  | { at: 'done'; message: string; undo: [string, string][] | null }
  | { at: 'error'; message: string };

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'an unknown date' : d.toLocaleString();
}

/** Imports a backup: choose a file, see what it holds, then replace or merge. */
export function ImportPanel() {
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLParagraphElement>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readBackupFile(file);
    setStep(
      result.ok
        ? { at: 'preview', backup: result.backup, fileName: file.name }
        : { at: 'error', message: result.error },
    );
    requestAnimationFrame(() => heading.current?.focus());
  };

  const apply = (backup: CheckedBackup, mode: ImportMode) => {
    const r = importBackup(backup, mode);
    setStep(
      r.ok
        ? {
            at: 'done',
            message:
              mode === 'replace'
                ? `Done: your data was replaced with the backup (${r.written} records).`
                : `Done: ${r.written} records from the backup were added or updated; newer ones here were kept.`,
            undo: r.undo,
          }
        : { at: 'error', message: r.error },
    );
    if (input.current) input.current.value = '';
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">Import a backup</h2>
      <p>Choose a backup file exported from this site. You will see what it holds before anything changes.</p>
      <p>
        <label for="import-file">Backup file</label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => onFile((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </p>
      {step.at === 'error' && (
        <p class="notice bad" role="alert" tabIndex={-1} ref={heading}>
          {step.message} Nothing was changed.
        </p>
      )}
      {step.at === 'preview' && (
        <div class="preview">
          <p tabIndex={-1} ref={heading}>
            <strong>{step.fileName}</strong> was made on {formatDate(step.backup.exportedAt)} and holds:
          </p>
          <ul>
            {Object.entries(step.backup.counts).length === 0 && <li>no saved records</li>}
            {Object.entries(step.backup.counts).map(([label, n]) => (
              <li key={label}>
                {label}: {n}
              </li>
            ))}
          </ul>
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
          <p class="muted">
            Merge keeps the newer copy of each record. Replace makes this browser hold exactly what the backup holds.
          </p>
        </div>
      )}
      {step.at === 'done' && (
        <div class="notice good" role="status">
          <p tabIndex={-1} ref={heading}>
            {step.message}
          </p>
          {step.undo && (
            <p>
              <button
                type="button"
                class="button secondary"
                onClick={() => {
                  const ok = step.undo ? undoImport(step.undo) : false;
                  setStep(
                    ok
                      ? { at: 'done', message: 'The import was undone.', undo: null }
                      : { at: 'error', message: 'The import could not be undone.' },
                  );
                }}
              >
                Undo the import
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
