import type { HabitStats } from '../../domain/room-profile';

interface Props {
  stats: HabitStats[];
  labels: Record<string, string>;
}

/** The room's numbers per habit: the data behind the chart, for screen readers and print. */
export function RoomTable({ stats, labels }: Props) {
  return (
    <table class="data-table room-table">
      <caption>Room profile by habit (0–100)</caption>
      <thead>
        <tr>
          <th scope="col">Habit</th>
          <th scope="col">Average</th>
          <th scope="col">Lowest</th>
          <th scope="col">Highest</th>
          <th scope="col">Spread</th>
        </tr>
      </thead>
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
