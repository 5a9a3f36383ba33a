import type { ResultView } from '../../domain/assessment-result';
import { TableHead } from '../table-head';
import './scores.css';

type Props = Pick<ResultView, 'rows' | 'previousDate' | 'overall' | 'overallChangeText'>;

/** The scores as a table: the chart's numbers for screen readers and print, with the change since last time. */
export function ScoreTable({ rows, previousDate, overall, overallChangeText }: Props) {
  return (
    <table class="data-table score-table">
      <TableHead
        caption="Your scores, from 0 to 100"
        columns={['Habit', 'Score', previousDate && `Since ${previousDate}`]}
      />
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-dimension={r.id}>
            <th scope="row">{r.label}</th>
            <td>
              <strong>{r.score ?? '—'}</strong> <span class="band">{r.band}</span>
            </td>
            {previousDate && <td data-change>{r.changeText}</td>}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Overall</th>
          <td>
            <strong>{overall ?? '—'}</strong>
          </td>
          {previousDate && <td>{overallChangeText ?? '—'}</td>}
        </tr>
      </tfoot>
    </table>
  );
}
