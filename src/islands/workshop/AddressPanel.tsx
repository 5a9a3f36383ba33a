import { useEffect, useState } from 'preact/hooks';
import { checkAddress, siteAddress } from '../../domain/site-address';

interface Props {
  /** The facilitator's own address, if set. */
  override?: string | undefined;
  /** Whether the page runs in the browser yet (the served address is known only there). */
  live: boolean;
  /** Saves (or, with undefined, clears) the address; false when storage refused. */
  onSave: (address: string | undefined) => void;
}

/** Where slides, QR codes and handouts send participants: this site's address, or the facilitator's own. */
export function AddressPanel({ override, live, onSave }: Props) {
  const served = live ? siteAddress(location.origin, import.meta.env.BASE_URL) : '';
  const [text, setText] = useState(override ?? '');
  const [error, setError] = useState('');
  const [said, setSaid] = useState('');
  useEffect(() => setText(override ?? ''), [override]);

  return (
    <section class="panel address-panel no-print" aria-labelledby="address-title">
      <h2 id="address-title">Address for participants</h2>
      <p>
        The slides’ QR code and every handout send people to{' '}
        <strong data-shown-address>{override ?? (served || 'this site’s address')}</strong>
        {override ? ', the address you set.' : ', where this page is served from.'} Set another address if people should
        open the site somewhere else (for example your own copy of it).
      </p>
      <form
        class="address-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const r = checkAddress(text);
          if (!r.ok) {
            setError(r.error);
            setSaid('');
            document.getElementById('address-input')?.focus();
            return;
          }
          setError('');
          onSave(r.address);
          setText(r.address ?? '');
          setSaid(
            r.address ? `Saved: slides and handouts now show ${r.address}` : 'Cleared: this site’s address is used.',
          );
        }}
      >
        <label for="address-input">Another address (optional)</label>
        <div class="address-row">
          <input
            id="address-input"
            type="text"
            inputMode="url"
            autoComplete="url"
            spellcheck={false}
            placeholder={served}
            value={text}
            disabled={!live}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'address-error' : undefined}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button" disabled={!live}>
            Save address
          </button>
          {override && (
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                onSave(undefined);
                setText('');
                setError('');
                setSaid('Cleared: this site’s address is used.');
              }}
            >
              Use this site’s address
            </button>
          )}
        </div>
        {error && (
          <p class="field-error" id="address-error" role="alert">
            {error}
          </p>
        )}
        <p class="muted ui saved-status" role="status">
          {said}
        </p>
      </form>
    </section>
  );
}
