import { useState } from 'preact/hooks';
import { exportBackup } from '../../store/data-actions';
import { downloadText } from '../download';

/** Downloads every record as one JSON backup file named with the date. */
export function ExportPanel() {
  const [done, setDone] = useState<string | null>(null);
  return (
    <section class="panel" aria-labelledby="export-title">
      <h2 id="export-title">Export a backup</h2>
      <p>
        Download everything you have saved here (progress, answers, reflections) as one file. Keep it somewhere safe;
        you can import it later in this or another browser.
      </p>
      <p>
        <button
          type="button"
          class="button"
          onClick={() => {
            const { fileName, text } = exportBackup();
            downloadText(fileName, text);
            setDone(fileName);
          }}
        >
          Export a backup
        </button>
      </p>
      <p class="notice good" role="status" hidden={!done}>
        {done ? `Saved as ${done}.` : ''}
      </p>
    </section>
  );
}
