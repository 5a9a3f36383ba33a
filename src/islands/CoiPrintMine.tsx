import { useStore } from '@nanostores/preact';
import { entriesOf } from '../domain/coi/list';
import { printSheet } from '../domain/coi/print';
import { formatDate } from '../domain/dates';
import { contacts } from '../store/contacts';
import { $due } from '../store/due';
import { $today } from '../store/today';
import { WorksheetSheet } from './coi/WorksheetSheet';
import { whenLoaded } from './when-loaded';

/** The reader's own worksheet, filled from their saved lists, ready to print. */
function CoiPrintMine() {
  const items = useStore(contacts.$items);
  const day = useStore($today);
  const due = useStore($due);
  return (
    <WorksheetSheet
      sheet={printSheet(entriesOf(items), day, undefined, due)}
      subtitle={`Your lists as of ${formatDate(day)}`}
    />
  );
}

export default whenLoaded(CoiPrintMine, 'Reading your lists…');
