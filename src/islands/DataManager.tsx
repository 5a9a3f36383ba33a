import { useStore } from '@nanostores/preact';
import { $checked, checkEverything } from '../store/data-actions';
import { ErasePanel } from './data/ErasePanel';
import { ExportPanel } from './data/ExportPanel';
import { ImportPanel } from './data/ImportPanel';
import { StoredSummary } from './data/StoredSummary';
import './data/data-manager.css';
import { whenLoaded } from './when-loaded';

// The data page reads every kind: damaged values are set aside with a notice, and data from
// a newer version of the site makes the page read-only before anything can be imported.
if (typeof window !== 'undefined') checkEverything();

const READING = 'Reading what this browser stores…';

/** The "Your data" page's tools. Each panel is its own small component over the store. */
function DataManager() {
  const checked = useStore($checked);
  if (!checked) return <p class="muted">{READING}</p>;
  return (
    <div class="data-manager">
      <StoredSummary />
      <ExportPanel />
      <ImportPanel />
      <ErasePanel />
    </div>
  );
}

export default whenLoaded(DataManager, READING);
