import type { HabitStats } from '../../domain/room-profile';
import { TableHead } from '../table-head';

interface Props {
  stats: HabitStats[];
  labels: Record<string, string>;
}

/** The room's numbers per habit: the data behind the chart, for screen readers and print. */
export function RoomTable({ stats, labels }: Props) {
  return (
    <table class="data-table room-table">
      <TableHead
        caption="Room profile by habit (0–100)"
        columns={['Habit', 'Average', 'Lowest', 'Highest', 'Spread']}
      />
      <tbody>
        {stats.map((s) => (
          <tr key={s.id} data-habit={s.id}>
            <th scope="row">{labels[s.id] ?? s.id}</th>
            <td>{s.mean}</td>
            <td>{s.min}</td>
            <td>{s.max}</td>
            <td>±{s.spread}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
