import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { $opening } from '../store/opening';

/**
 * An island that shows saved data, drawn once every collection on the page has been read
 * (with a long saved history they are read in slices as the page opens, see
 * `READ_AT_ONCE`). Until then it shows `waiting`, the same line as the page's fallback, so
 * nothing moves and nothing is ever drawn from half a collection.
 */
export function whenLoaded<P extends object>(Island: FunctionComponent<P>, waiting: string): FunctionComponent<P> {
  return (props: P) => (useStore($opening) > 0 ? <p class="muted">{waiting}</p> : <Island {...props} />);
}
