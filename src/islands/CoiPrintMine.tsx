import { useStore } from '@nanostores/preact';
import { printSheet } from '../domain/coi/print';
import { formatDate } from '../domain/dates';
import { contacts } from '../store/contacts';
import { $today } from '../store/today';
import { WorksheetSheet } from './coi/WorksheetSheet';

/** The reader's own worksheet, filled from their saved lists, ready to print. */
export default function CoiPrintMine() {
  const items = useStore(contacts.$items);
  const day = useStore($today);
  const people = Object.values(items).filter((c) => c !== undefined);
  return <WorksheetSheet sheet={printSheet(people, day)} subtitle={`Your lists as of ${formatDate(day)}`} />;
}
