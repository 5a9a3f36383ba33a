import { byName } from '../domain/contact';
import { formatDate, localDate } from '../domain/dates';

/**
 * Makes the date formats and the name order the tools use, each in a task of its own, once
 * the page's scripts have run. Each one loads the language's rules from the browser the first
 * time it is made (several milliseconds on a laptop, four times that on a phone); made here,
 * while large kinds are still being read in slices, the tools' first drawing does not pay
 * for them.
 */
export function warmUp(): void {
  if (typeof window === 'undefined') return;
  const today = localDate();
  // One task each: every one of them is a long task on a slow phone when made together.
  const steps = [
    () => formatDate(today, 'day'),
    () => formatDate(today, 'day', { today }),
    () => formatDate(today, 'month'),
    () => byName('a', 'b'),
  ];
  const next = () => {
    steps.shift()?.();
    if (steps.length) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
