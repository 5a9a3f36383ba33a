import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { composeMessage, reviewMessage } from '../../domain/planner/composer';
import { $plannerView, planner } from '../../store/planner';
import { $today } from '../../store/today';
import { focusSoon, Status, useStatus } from '../status';
import { useHydrated } from '../use-hydrated';
import { personOptions, Select } from './fields';
import './planner.css';

/** Copies text; false when the browser will not let the page write to the clipboard. */
async function copy(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The give-first message composer: three offers, the person's name, a review for early asks, and copy. */
export default function MessageComposer() {
  const view = useStore($plannerView);
  const mounted = useHydrated();
  const today = useStore($today);
  const [msg, say] = useStatus('compose-status');
  const [who, setWho] = useState('');
  const [noticed, setNoticed] = useState('');
  const [sign, setSign] = useState('');
  const [edited, setEdited] = useState<string | null>(null);
  const name = view.byId.get(who)?.contact.name ?? '';
  const draft = edited ?? composeMessage({ name, noticed, signOff: sign });
  const findings = reviewMessage(draft);

  // Opened for one person (`?to=<id>` from their details in the planner).
  useEffect(() => {
    const to = new URLSearchParams(location.search).get('to');
    if (to && view.byId.has(to)) setWho(to);
  }, [mounted]);

  return (
    <div class="composer" data-ready={mounted || undefined}>
      <div class="section-body">
        <div class="fields">
          <Select
            id="compose-who"
            label="To"
            value={who}
            options={mounted ? personOptions(view.people) : []}
            onChange={setWho}
            empty="Someone not in your list"
          />
          <div class="field grow">
            <label for="compose-noticed">Something you noticed about them (optional)</label>
            <input
              id="compose-noticed"
              type="text"
              value={noticed}
              maxLength={300}
              placeholder="I liked your post on pricing"
              onInput={(e) => setNoticed((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="compose-sign">Sign off as (optional)</label>
            <input
              id="compose-sign"
              type="text"
              value={sign}
              maxLength={100}
              autoComplete="name"
              onInput={(e) => setSign((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        </div>
        {edited !== null && (
          <p class="hint">
            You edited the draft, so the fields above no longer change it.{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => {
                setEdited(null);
                focusSoon('compose-text');
              }}
            >
              Start again from the three offers
            </button>
          </p>
        )}
        <div class="field">
          <label for="compose-text">Your message</label>
          <textarea
            id="compose-text"
            rows={12}
            value={draft}
            aria-describedby="compose-review"
            onInput={(e) => setEdited((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>
        <div id="compose-review" aria-live="polite">
          {findings.length === 0 ? (
            <p class="notice good">Nothing here reads like an ask.</p>
          ) : (
            <div class="notice warn" data-findings>
              <p>
                <strong>This may read as an ask too early:</strong>
              </p>
              <ul>
                {findings.map((f) => (
                  <li key={`${f.kind}:${f.text}`}>
                    “{f.text}”: {f.why}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <p class="actions">
          <button
            type="button"
            class="button"
            onClick={async () => {
              if (await copy(draft)) {
                say({
                  text: `Copied. Paste it into your message${name ? ` to ${name}` : ''}.`,
                  undo: who
                    ? () => {
                        planner.logEntry(
                          who,
                          { date: today, kind: 'comment', note: 'Sent a give-first message' },
                          today,
                        );
                        say({ text: `Logged as a give to ${name}.` });
                      }
                    : undefined,
                  undoLabel: who ? `Log it as a give to ${name}` : undefined,
                });
                return;
              }
              const box = document.getElementById('compose-text') as HTMLTextAreaElement | null;
              say({
                text: 'The browser did not let the page copy, so the message is selected: press Ctrl+C (⌘C on a Mac).',
                tone: 'warn',
              });
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  box?.focus();
                  box?.select();
                }),
              );
            }}
          >
            Copy message
          </button>
        </p>
        <Status id="compose-status" msg={msg} set={say} />
      </div>
    </div>
  );
}
