import { useState } from 'preact/hooks';
import { describeHoldings } from '../../store/backup';
import { exportBackup } from '../../store/data-actions';
import { downloadText } from '../download';

/** Downloads everything the site stores here as one JSON backup file named with the date. */
export function ExportPanel() {
  const [done, setDone] = useState<string | null>(null);
  return (
    <section class="panel" aria-labelledby="export-title">
      <h2 id="export-title">Export a backup</h2>
      <p>
        Download everything you have saved here as one file: your contacts and worksheet, planner, self-assessments,
        lesson progress, answers, reflections and workshop plans. Keep it somewhere safe; you can import it later in
        this or another browser.
      </p>
      <p>
        <button
          type="button"
          class="button"
          onClick={() => {
            const { fileName, text, holds } = exportBackup();
            downloadText(fileName, text);
            setDone(`Saved as ${fileName}. It holds ${describeHoldings(holds)}.`);
          }}
        >
          Export a backup
        </button>
      </p>
      <p class="notice good" role="status" hidden={!done} data-export-done>
        {done ?? ''}
      </p>
    </section>
  );
}
