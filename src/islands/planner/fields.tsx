import { useState } from 'preact/hooks';
import { TIER_WORDS } from '../../domain/coi/tiers';
import { RUNG_LABELS } from '../../domain/planner/ladder';
import { capNote, cutMessage, KIND_LABELS } from '../../domain/planner/ledger';
import { RUNGS, TIERS } from '../../schemas/contact';
import { ASK_KINDS, GIVE_KINDS, NOTE_MAX } from '../../schemas/planner';

/** Small form controls the planner's sections share. Every control has a visible label. */

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/** [value, label] pairs for a select. */
export type Options = readonly (readonly [string, string])[];

/** A labelled select. `empty` adds a first choice with the value ""; `groups` adds labelled groups after `options`. */
export function Select<T extends string>(props: {
  id: string;
  label: string;
  value: T | '';
  onChange: (v: T) => void;
  options?: Options;
  groups?: readonly (readonly [string, Options])[];
  empty?: string;
}) {
  const opts = (list: Options) =>
    list.map(([v, l]) => (
      <option key={v} value={v}>
        {l}
      </option>
    ));
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(value(e) as T)}>
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {opts(props.options ?? [])}
        {props.groups?.map(([label, list]) => (
          <optgroup key={label} label={label}>
            {opts(list)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

const pairs = <K extends string>(keys: readonly K[], labels: Record<K, string>): Options =>
  keys.map((k) => [k, labels[k]]);

/** Rungs of the channel ladder as options. */
export const RUNG_OPTIONS = pairs(RUNGS, RUNG_LABELS);
/** Tiers as options. */
export const TIER_OPTIONS: Options = TIERS.map((t) => [t, TIER_WORDS[t].kind]);
/** Kinds of entry, grouped into gives, asks and neither. */
export const KIND_GROUPS = [
  ['Gives (deposits)', pairs(GIVE_KINDS, KIND_LABELS)],
  ['Asks (withdrawals)', pairs(ASK_KINDS, KIND_LABELS)],
  ['Neither', [['touch', KIND_LABELS.touch]]],
] as const;
/** Kinds a plan can be: the gives only (a plan is a deposit to make; asks are never planned ahead). */
export const PLAN_KIND_GROUPS = [KIND_GROUPS[0]] as const;

/** People as options. */
export const personOptions = (people: readonly { id: string; contact: { name: string } }[]): Options =>
  people.map((p) => [p.id, p.contact.name]);

/** A labelled text area that keeps to a length cap and says so when it cuts. */
export function NoteField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  max?: number;
  hint?: string;
  rows?: number;
}) {
  const max = props.max ?? NOTE_MAX;
  const [cut, setCut] = useState(0);
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={props.rows ?? 2}
        value={props.value}
        aria-describedby={`${props.id}-count`}
        onInput={(e) => {
          const r = capNote(value(e), max);
          setCut(r.cut);
          if (r.cut) (e.currentTarget as HTMLTextAreaElement).value = r.text;
          props.onInput(r.text);
        }}
      />
      <p id={`${props.id}-count`} class="hint">
        {props.hint ? `${props.hint} ` : ''}
        {props.value.length} of {max} characters.
      </p>
      {cut > 0 && (
        <p class="notice warn" role="status">
          {cutMessage(cut, max)}
        </p>
      )}
    </div>
  );
}

/** A form error: read out at once; the caller moves focus to the field at fault. */
export function FormError({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p id={id} class="notice bad" role="alert">
      {text}
    </p>
  ) : null;
}
