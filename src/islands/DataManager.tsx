import { ErasePanel } from './data/ErasePanel';
import { ExportPanel } from './data/ExportPanel';
import { ImportPanel } from './data/ImportPanel';
import { StoredSummary } from './data/StoredSummary';

/** The "Your data" page's tools. Each panel is its own small component over the store. */
export default function DataManager() {
  return (
    <div class="data-manager">
      <StoredSummary />
      <ExportPanel />
      <ImportPanel />
      <ErasePanel />
    </div>
  );
}
