import type { Ref } from 'preact';
import { SCALE } from '../../domain/assessment';

interface Props {
  /** Statement id (names the radio group). */
  id: string;
  /** Position in asking order, from 1. */
  number: number;
  total: number;
  text: string;
  /** The saved answer, if any. */
  value: number | undefined;
  /** Called with the chosen value. */
  onAnswer: (value: number) => void;
  fieldRef?: Ref<HTMLFieldSetElement>;
}

/** One statement with its labelled 1–5 scale, as a group of radio buttons. */
export function StatementField({ id, number, total, text, value, onAnswer, fieldRef }: Props) {
  return (
    <fieldset class="statement" ref={fieldRef} tabIndex={-1} data-index={number - 1}>
      <legend>
        <span class="statement-number">
          {number}
          <span class="visually-hidden"> of {total}</span>
        </span>{' '}
        {text}
      </legend>
      <div class="scale">
        {SCALE.map((o) => (
          <label class="option" key={o.value}>
            <input
              type="radio"
              name={`st-${id}`}
              value={o.value}
              checked={value === o.value}
              onClick={() => onAnswer(o.value)}
            />
            <span class="option-number">{o.value}</span> <span class="option-label">{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
