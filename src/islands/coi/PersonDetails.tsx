import { useRef, useState } from 'preact/hooks';
import { safeHttpUrl } from '../../domain/coi/list';
import type { Contact } from '../../schemas/contact';
import { focusSoon } from '../status';

/** What the details editor can ask for. */
export interface PersonActions {
  edit: (id: string, change: Partial<Contact>) => void;
  editTags: (id: string, text: string) => void;
  /**
   * Asks to delete a person: they go at once when the planner holds nothing for them;
   * otherwise this gives the question to ask first (null once they are deleted).
   */
  deleting: (id: string) => Promise<string | null>;
  remove: (id: string) => void;
}

interface Props {
  id: string;
  domId: string;
  contact: Contact;
  actions: PersonActions;
}

type TextField = 'name' | 'organization' | 'role' | 'email' | 'phone' | 'profileUrl';

const FIELDS: [TextField, string, string][] = [
  ['name', 'Name', 'text'],
  ['organization', 'Organization', 'text'],
  ['role', 'Role', 'text'],
  ['email', 'Email', 'email'],
  ['phone', 'Phone', 'tel'],
  ['profileUrl', 'Profile URL', 'url'],
];

/** Every common field of a person, edited in place and saved as you type. */
export function PersonDetails({ id, domId, contact: c, actions }: Props) {
  const link = safeHttpUrl(c.profileUrl);
  const field = (name: string) => `${domId}-${name}`;
  /** The question asked before deleting, while it is open. */
  const [question, setQuestion] = useState<string | null>(null);
  /** Whether a press of the delete button is being answered (a second press meanwhile does nothing). */
  const asking = useRef(false);
  const keep = () => {
    setQuestion(null);
    focusSoon(field('remove'));
  };
  /** Escape on the question's buttons keeps the person, as "Keep" does. */
  const escapeKeeps = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    keep();
  };
  return (
    <div class="coi-details" id={domId}>
      <div class="coi-details-grid">
        {FIELDS.map(([k, label, type]) => (
          <p key={k}>
            <label for={field(k)}>{label}</label>
            {k === 'name' ? (
              // The name is required: while it is blank nothing is saved, and leaving it blank puts it back.
              <input
                id={field(k)}
                type="text"
                required
                maxLength={200}
                defaultValue={c.name}
                onInput={(e) => e.currentTarget.value.trim() && actions.edit(id, { name: e.currentTarget.value })}
                onBlur={(e) => {
                  if (!e.currentTarget.value.trim()) e.currentTarget.value = c.name;
                }}
              />
            ) : (
              <input
                id={field(k)}
                type={type}
                maxLength={k === 'profileUrl' ? 500 : 200}
                value={c[k] ?? ''}
                onInput={(e) => actions.edit(id, { [k]: e.currentTarget.value })}
              />
            )}
          </p>
        ))}
        <p>
          <label for={field('last')}>Last contact</label>
          <input
            id={field('last')}
            type="date"
            value={c.lastContact ?? ''}
            onChange={(e) => actions.edit(id, { lastContact: e.currentTarget.value || undefined })}
          />
        </p>
        <p>
          <label for={field('tags')}>Tags (separate with commas)</label>
          <input
            id={field('tags')}
            type="text"
            defaultValue={c.tags.join(', ')}
            onChange={(e) => actions.editTags(id, e.currentTarget.value)}
          />
        </p>
      </div>
      {link && (
        <p>
          <a href={link} rel="noopener noreferrer nofollow" target="_blank">
            Open {c.name}’s profile<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      <p>
        <label for={field('reach')}>How they reach your target market</label>
        <textarea
          id={field('reach')}
          maxLength={1000}
          rows={2}
          value={c.reach ?? ''}
          onInput={(e) => actions.edit(id, { reach: e.currentTarget.value })}
        />
      </p>
      <p>
        <label for={field('met')}>How you met</label>
        <textarea
          id={field('met')}
          maxLength={1000}
          rows={2}
          value={c.howMet ?? ''}
          onInput={(e) => actions.edit(id, { howMet: e.currentTarget.value })}
        />
      </p>
      <p>
        <label for={field('notes')}>Notes</label>
        <textarea
          id={field('notes')}
          maxLength={5000}
          rows={3}
          value={c.notes ?? ''}
          onInput={(e) => actions.edit(id, { notes: e.currentTarget.value })}
        />
      </p>
      <p>
        <button
          id={field('remove')}
          type="button"
          class="button secondary danger small"
          onClick={async () => {
            if (asking.current) return;
            asking.current = true;
            const asked = await actions.deleting(id).finally(() => {
              asking.current = false;
            });
            if (!asked) return;
            setQuestion(asked);
            focusSoon(field('confirm'));
          }}
        >
          Remove {c.name} from the worksheet
        </button>
      </p>
      {question && (
        <div class="notice bad coi-confirm">
          <p id={field('confirm-text')}>{question}</p>
          <p class="actions">
            <button
              id={field('confirm')}
              type="button"
              class="button danger small"
              aria-describedby={field('confirm-text')}
              onClick={() => actions.remove(id)}
              onKeyDown={escapeKeeps}
            >
              Yes, delete {c.name}
            </button>
            <button type="button" class="button secondary small" onClick={keep} onKeyDown={escapeKeeps}>
              Keep {c.name}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
