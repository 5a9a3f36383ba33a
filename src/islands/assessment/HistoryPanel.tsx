import type { ResultView } from '../../domain/assessment-result';
import type { RadarLayout } from '../../domain/radar';
import { TableHead } from '../table-head';
import { RadarChart } from './RadarChart';
import './scores.css';

interface Props {
  view: ResultView;
  radar: RadarLayout;
  takeHref: string;
}

/** Every attempt with its date, the first against the latest on one chart, and when to take it again. */
export function HistoryPanel({ view, radar, takeHref }: Props) {
  const { compare, history, nudge } = view;
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">Your history</h2>
      <p class={nudge.due ? 'notice warn' : 'muted'} data-nudge={nudge.due ? 'due' : 'wait'}>
        {nudge.text}
      </p>
      <p>
        <a class="button secondary" href={takeHref}>
          Take the assessment again
        </a>
      </p>
      <table class="data-table history-table">
        <TableHead caption="Every attempt kept in this browser, newest first" columns={['Taken on', 'Overall']} />
        <tbody>
          {history.map((h, i) => (
            <tr key={h.id}>
              <td>
                {h.date}
                {i === 0 ? ' (latest)' : i === history.length - 1 ? ' (first)' : ''}
              </td>
              <td>{h.overall ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {compare ? (
        <figure class="chart-with-table compare">
          <div>
            <RadarChart
              layout={radar}
              series={[
                { kind: 'first', values: compare.first },
                { kind: 'latest', values: compare.latest },
              ]}
              title={`Your first attempt (${compare.firstDate}) and your latest (${compare.latestDate}) on one chart. The numbers are in the table beside it.`}
            />
            <figcaption class="legend">
              <span class="key first">Dashed line, square dots: first ({compare.firstDate})</span>
              <span class="key latest">Solid line, round dots: latest ({compare.latestDate})</span>
            </figcaption>
          </div>
          <table class="data-table score-table">
            <TableHead caption="First and latest attempt" columns={['Habit', 'First', 'Latest', 'Change']} />
            <tbody>
              {compare.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  <td>{r.first ?? '—'}</td>
                  <td>{r.latest ?? '—'}</td>
                  <td>{r.changeText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      ) : (
        <p class="muted">When you take it again, your first and latest results will share one chart here.</p>
      )}
    </section>
  );
}
