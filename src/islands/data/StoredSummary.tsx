import { useStore } from '@nanostores/preact';
import { lessons, meta, reflections, vault } from '../../store/app';
import { usage } from '../../store/data-actions';
import { daysSinceExport, shouldRemindExport } from '../../store/reminders';

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

/** What is stored, how it is kept, and when it was last backed up. */
export function StoredSummary() {
  const mode = useStore(vault.$mode);
  // Subscribing re-renders the table when data changes here or in another tab.
  useStore(lessons.$items);
  useStore(reflections.$items);
  const appMeta = useStore(meta.$items).app;
  const rows = usage();
  const days = daysSinceExport();

  return (
    <section class="panel" aria-labelledby="stored-title">
      <h2 id="stored-title">What is stored</h2>
      <p data-mode={mode}>{MODE_TEXT[mode]}</p>
      {rows.length === 0 ? (
        <p class="muted">Nothing yet. Progress, answers and reflections appear here once you save some.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Saved data by kind</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Items</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.count}</td>
                <td>{kb(r.bytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted">
        {appMeta?.persisted === true
          ? 'The browser has agreed to keep this data even when it runs low on space.'
          : 'Browsers may clear site data when space runs low or after long disuse, so keep a recent backup.'}{' '}
        {days === null
          ? 'You have not exported a backup yet.'
          : `Your last backup was ${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`}.`}
      </p>
      {shouldRemindExport() && (
        <p class="notice warn" data-export-reminder>
          It has been a while since your last backup. Export one below so nothing is lost if the browser clears its
          data.
        </p>
      )}
    </section>
  );
}
