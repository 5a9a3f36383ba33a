import { useStore } from '@nanostores/preact';
import { relativeDays } from '../../domain/dates';
import { meta, vault } from '../../store/app';
import { $holdings } from '../../store/data-actions';
import { $backup } from '../../store/reminders';
import { TableHead } from '../table-head';

const MODE_TEXT = {
  saved: 'Saved in this browser’s own storage on this device.',
  memory:
    'Not being saved: this browser blocks site storage here, so everything is kept only until you close the page.',
  locked:
    'Read only: some data came from a newer version of the site, so this page is not saving changes. Reload to update.',
  full: 'Not saving: this browser’s storage for the site is full, so the latest changes were refused. Export a backup, then free some space (for example by erasing old data).',
} as const;

function kb(bytes: number) {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** What is stored (the same counts a backup made now holds), how it is kept, and when it was last backed up. */
export function StoredSummary() {
  const mode = useStore(vault.$mode);
  const appMeta = useStore(meta.$items).app;
  const held = useStore($holdings);
  const backup = useStore($backup);
  const empty = held !== null && held.records.length + held.unreadable + held.newer === 0;

  return (
    <section class="panel" aria-labelledby="stored-title">
      <h2 id="stored-title">What is stored</h2>
      <p data-mode={mode}>{MODE_TEXT[mode]}</p>
      {held === null ? (
        <p class="muted">Counting what is stored…</p>
      ) : empty ? (
        <p class="muted">
          Nothing yet. Progress, answers, reflections and your tools’ data appear here once you save some.
        </p>
      ) : (
        <table class="data-table" data-stored-table>
          <TableHead caption="Saved data by kind" hiddenCaption columns={['Kind', 'Items', 'Size']} />
          <tbody>
            {held.records.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.count}</td>
                <td>{kb(r.bytes)}</td>
              </tr>
            ))}
            {held.unreadable > 0 && (
              <tr>
                <th scope="row">Could not be read (kept as found)</th>
                <td>{held.unreadable}</td>
                <td>—</td>
              </tr>
            )}
            {held.newer > 0 && (
              <tr>
                <th scope="row">From a newer version of the site</th>
                <td>{held.newer}</td>
                <td>—</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {held && (held.unreadable > 0 || held.newer > 0) && (
        <p class="muted">
          Values this site cannot read are never deleted: a backup keeps them exactly as they are, and importing it puts
          them back the same way.
        </p>
      )}
      <p class="muted">
        {appMeta?.persisted === true
          ? 'The browser has agreed to keep this data even when it runs low on space.'
          : 'Browsers may clear site data when space runs low or after long disuse, so keep a recent backup.'}{' '}
        {backup.daysSince === null
          ? 'You have not exported a backup yet.'
          : `Your last backup was ${relativeDays(-backup.daysSince)}.`}
      </p>
      {backup.remind && (
        <p class="notice warn" data-export-reminder>
          It has been a while since your last backup. Export one below so nothing is lost if the browser clears its
          data.
        </p>
      )}
    </section>
  );
}
