import { atom, type ReadableAtom } from 'nanostores';
import { type IsoDate, localDate, msUntilMidnight } from '../domain/dates';

/**
 * Today's date, the one every tool and My progress read: the reader's own calendar date
 * (see `localDate`). In the browser it rolls over at midnight while the page stays open,
 * and it is checked again whenever the page comes back into view or gets focus (a computer
 * that slept through midnight).
 */

/** The longest the clock goes unchecked: daylight-saving days are 23 or 25 hours long. */
const LONGEST_WAIT = 3_600_000;

/**
 * A today store for a time zone (the device's own when absent). It follows the clock when
 * `watch` is true: in a browser, not during the build. The site uses `$today`; tests make
 * their own.
 */
export function createToday(timeZone?: string, watch = typeof window !== 'undefined'): ReadableAtom<IsoDate> {
  const $day = atom<IsoDate>(localDate(Date.now(), timeZone));
  if (!watch) return $day;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    const day = localDate(Date.now(), timeZone);
    if (day !== $day.get()) $day.set(day);
    timer = setTimeout(check, Math.min(LONGEST_WAIT, msUntilMidnight(Date.now(), timeZone)));
  };
  check();
  if (typeof window !== 'undefined') {
    window.document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    window.addEventListener('pageshow', check);
  }
  return $day;
}

/** Today, `YYYY-MM-DD`, in the reader's time zone. */
export const $today = createToday();
