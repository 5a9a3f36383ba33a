import { useStore } from '@nanostores/preact';
import { formatDate } from '../domain/coi/dates';
import { printSheet } from '../domain/coi/print';
import { today } from '../store/coi';
import { contacts } from '../store/contacts';
import { WorksheetSheet } from './coi/WorksheetSheet';

/** The reader's own worksheet, filled from their saved lists, ready to print. */
export default function CoiPrintMine() {
  const items = useStore(contacts.$items);
  const day = today();
  const people = Object.values(items).filter((c) => c !== undefined);
  return <WorksheetSheet sheet={printSheet(people, day)} subtitle={`Your lists as of ${formatDate(day)}`} />;
}
