import { useState } from 'preact/hooks';
import './scores.css';

interface Props {
  code: string | null;
  /** The page that explains codes. */
  shareHref: string;
}

/** The anonymous share code with a copy button. */
export function SharePanel({ code, shareHref }: Props) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code ?? '');
      setSaid('Copied.');
    } catch {
      setSaid('This browser did not allow copying. Select the code and copy it yourself.');
    }
  };
  return (
    <section class="share" aria-labelledby="share-title">
      <h2 id="share-title">Share your scores anonymously</h2>
      {code ? (
        <>
          <p>
            This code holds your eight scores and nothing else: no name, no answers, no date. Give it to a workshop
            facilitator to add you to the room's profile. <a href={shareHref}>How share codes work</a>.
          </p>
          <p class="share-line">
            <code class="share-code" data-share-code>
              {code}
            </code>{' '}
            <button type="button" class="button secondary no-print" onClick={copy}>
              Copy the code
            </button>{' '}
            <span role="status">{said}</span>
          </p>
        </>
      ) : (
        <p>A share code needs a score for all eight habits. Take the assessment again to get one.</p>
      )}
    </section>
  );
}
