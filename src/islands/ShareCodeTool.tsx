import { useRef, useState } from 'preact/hooks';
import { overallScore } from '../domain/assessment';
import { type DecodedShareCode, decodeShareCode, encodeShareCode, scoresFromText } from '../domain/share-code';
import type { DimensionId } from '../schemas/constants';
import { TableHead } from './table-head';
import './assessment/scores.css';
import './assessment/share-code-tool.css';
import { whenLoaded } from './when-loaded';

interface Props {
  /** The habits in chart order, with their names. */
  dimensions: { id: DimensionId; label: string }[];
}

/** Reads a share code into its scores, and makes a code from scores worked out on paper. */
function ShareCodeTool({ dimensions }: Props) {
  const [code, setCode] = useState('');
  const [read, setRead] = useState<DecodedShareCode | null>(null);
  const [typed, setTyped] = useState<Partial<Record<DimensionId, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<DimensionId, string>>>({});
  const [made, setMade] = useState('');
  const readOut = useRef<HTMLDivElement>(null);
  const madeOut = useRef<HTMLParagraphElement>(null);
  const form = useRef<HTMLFormElement>(null);

  const onRead = (e: Event) => {
    e.preventDefault();
    setRead(decodeShareCode(code));
    setTimeout(() => readOut.current?.focus());
  };
  const onMake = (e: Event) => {
    e.preventDefault();
    const r = scoresFromText(typed);
    setErrors(r.ok ? {} : r.errors);
    setMade(r.ok ? encodeShareCode(r.scores) : '');
    setTimeout(() =>
      (r.ok ? madeOut.current : form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]'))?.focus(),
    );
  };

  return (
    <div class="share-tool">
      <section class="panel" aria-labelledby="read-title">
        <h2 id="read-title">Read a share code</h2>
        <form class="code-form" onSubmit={onRead}>
          <label for="code-in">Share code</label>
          <input
            id="code-in"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            Read the code
          </button>
        </form>
        <div ref={readOut} tabIndex={-1} class="read-out">
          {read &&
            (read.ok ? (
              <table class="data-table score-table">
                <TableHead
                  caption={`Scores in this code (format version ${read.version})`}
                  columns={['Habit', 'Score']}
                />
                <tbody>
                  {dimensions.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.label}</th>
                      <td>{read.scores[d.id]}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Overall</th>
                    <td>{overallScore(read.scores)}</td>
                  </tr>
                </tfoot>
              </table>
            ) : (
              <p class="notice bad" role="alert">
                {read.error}
              </p>
            ))}
        </div>
      </section>
      <section class="panel" aria-labelledby="make-title">
        <h2 id="make-title">Make a code from paper scores</h2>
        <p>Scored the paper version by hand? Type the eight scores to get the same code the site would give.</p>
        <form class="make-form" ref={form} onSubmit={onMake} noValidate>
          {dimensions.map((d) => (
            <p key={d.id} class="score-input">
              <label for={`score-${d.id}`}>{d.label}</label>
              <input
                id={`score-${d.id}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
                value={typed[d.id] ?? ''}
                aria-invalid={errors[d.id] ? 'true' : undefined}
                aria-describedby={errors[d.id] ? `score-${d.id}-error` : undefined}
                onInput={(e) => setTyped({ ...typed, [d.id]: e.currentTarget.value })}
              />
              {errors[d.id] && (
                <span class="field-error" id={`score-${d.id}-error`}>
                  {errors[d.id]}
                </span>
              )}
            </p>
          ))}
          <p>
            <button type="submit" class="button">
              Make the code
            </button>
          </p>
        </form>
        <p ref={madeOut} tabIndex={-1} class="made-out" hidden={!made}>
          Share code: <code class="share-code">{made}</code>
        </p>
      </section>
    </div>
  );
}

export default whenLoaded(ShareCodeTool, 'Opening the code reader…');
