import { plansCalendarFile } from '../../store/due';
import { downloadText } from '../download';
import type { StatusMessage } from '../status';

/**
 * The one button that downloads the reader's plans (planned lunches and gives, each with an
 * alarm) as a calendar file, in the worksheet, the planner and My progress. It reports what
 * the file holds, or why there is nothing to download, through `onResult`.
 */
export function PlansCalendarButton({ label, onResult }: { label: string; onResult: (m: StatusMessage) => void }) {
  return (
    <button
      type="button"
      class="button secondary"
      onClick={async () => {
        const made = await Promise.all([plansCalendarFile(), import('../../domain/plans-calendar')]).catch(() => null);
        if (!made)
          return onResult({
            text: 'The part of the page that writes the calendar file did not load. Check your connection, reload the page and try again.',
            tone: 'bad',
          });
        const [file, words] = made;
        const nothing = words.nothingPlannedMessage(file);
        if (nothing) return onResult({ text: nothing, tone: 'warn' });
        downloadText(file.fileName, file.text, 'text/calendar;charset=utf-8');
        onResult({ text: words.describePlansCalendar(file) });
      }}
    >
      {label}
    </button>
  );
}
