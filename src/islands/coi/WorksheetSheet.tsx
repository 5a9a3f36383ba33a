import type { PrintSheet } from '../../domain/coi/print';
import { CRITERIA, SCORE_MEANINGS } from '../../domain/coi/scoring';
import './worksheet-sheet.css';

interface Props {
  sheet: PrintSheet;
  /** Line under the title, e.g. whose worksheet and when. */
  subtitle: string;
}

const scoreHeads = CRITERIA.map((c) => (
  <th key={c.key} scope="col" class="ws-score">
    {c.label} <span class="ws-unit">(0–3)</span>
  </th>
));

/** The printable worksheet: core list with lunch plan on page 1, then the potential list. */
export function WorksheetSheet({ sheet, subtitle }: Props) {
  return (
    <div class="ws">
      <section class="ws-page ws-core" aria-labelledby="ws-core-title">
        <header class="ws-head">
          <p class="ws-title">Centers-of-influence worksheet</p>
          <p class="ws-sub">{subtitle}</p>
          <p class="ws-legend">
            Score each test from 0 to 3: {SCORE_MEANINGS.map((m, i) => `${i} ${m}`).join(', ')}. A person with 2 or more
            on all three tests is ready for your core list. Take each core COI to lunch regularly, and go to give, not
            to ask.
          </p>
        </header>
        <h2 id="ws-core-title">Core COIs, with your lunch plan</h2>
        <table class="sheet-table ws-table ws-core-table">
          <colgroup>
            <col class="c-n" />
            <col class="c-name" />
            <col class="c-s" />
            <col class="c-s" />
            <col class="c-s" />
            <col class="c-cad" />
            <col class="c-next" />
            <col class="c-offer" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Name and organization</th>
              {scoreHeads}
              <th scope="col">Lunch every (weeks)</th>
              <th scope="col">Next lunch</th>
              <th scope="col">One thing to offer</th>
            </tr>
          </thead>
          <tbody>
            {sheet.core.map((r) => (
              <tr key={r.n}>
                <td class="ws-n">{r.n}</td>
                <td>
                  {r.name}
                  {r.organization && <span class="ws-org">{r.organization}</span>}
                </td>
                {r.scores.map((s, i) => (
                  <td key={CRITERIA[i]?.key} class="ws-num">
                    {s}
                  </td>
                ))}
                <td class="ws-num">{r.cadence}</td>
                <td>{r.nextLunch}</td>
                <td>{r.offer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="ws-page ws-potential" aria-labelledby="ws-potential-title">
        <h2 id="ws-potential-title">Potential COIs</h2>
        <table class="sheet-table ws-table ws-potential-table">
          <colgroup>
            <col class="c-n" />
            <col class="c-pname" />
            <col class="c-porg" />
            <col class="c-reach" />
            <col class="c-s" />
            <col class="c-s" />
            <col class="c-s" />
            <col class="c-total" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Name</th>
              <th scope="col">Organization</th>
              <th scope="col">How they reach your market</th>
              {scoreHeads}
              <th scope="col">Score (0–9)</th>
            </tr>
          </thead>
          <tbody>
            {sheet.potential.map((r) => (
              <tr key={r.n}>
                <td class="ws-n">{r.n}</td>
                <td>{r.name}</td>
                <td>{r.organization}</td>
                <td>{r.reach}</td>
                {r.scores.map((s, i) => (
                  <td key={CRITERIA[i]?.key} class="ws-num">
                    {s}
                  </td>
                ))}
                <td class="ws-num">{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
