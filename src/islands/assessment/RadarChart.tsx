import { LABEL_LINE, type RadarLayout, radarPoint, radarPoints } from '../../domain/radar';
import './radar-chart.css';

/** One set of scores drawn on the chart. */
export interface RadarSeries {
  /** Scores in chart order (null is drawn at 0). */
  values: (number | null)[];
  /** "latest": solid line with round dots; "first": dashed line with square dots. */
  kind: 'latest' | 'first';
}

interface Props {
  /** The chart's frame, from `radarLayout` (computed when the page is built). */
  layout: RadarLayout;
  /** Zero, one or two sets of scores. */
  series: RadarSeries[];
  /** What the chart shows, for screen readers (the numbers are in the table beside it). */
  title: string;
}

/**
 * A radar chart as inline SVG: one spoke per habit, rings at 25, 50, 75 and 100. Two sets
 * differ by line style and dot shape as well as colour. Renders without JavaScript too
 * (the paper version draws it empty). Its styles come with it (`radar-chart.css`), and
 * its viewBox holds every label, so it looks the same wherever it is used.
 */
export function RadarChart({ layout, series, title }: Props) {
  const n = layout.axes.length;
  const key = (i: number) => layout.axes[i]?.lines.join(' ');
  return (
    <svg
      class="radar"
      viewBox={`${layout.minX} ${layout.minY} ${layout.width} ${layout.height}`}
      role="img"
      aria-label={title}
    >
      <g class="radar-grid">
        {layout.rings.map((r) => (
          <polygon key={r.value} points={r.points} class={r.value === 100 ? 'radar-rim' : undefined} />
        ))}
        {layout.axes.map((a) => (
          <line key={`${a.x},${a.y}`} x1={layout.cx} y1={layout.cy} x2={a.x} y2={a.y} />
        ))}
      </g>
      <g class="radar-ticks">
        {layout.rings.map((r) => (
          <text key={r.value} x={layout.cx + 4} y={layout.cy - (layout.r * r.value) / 100 + 11}>
            {r.value}
          </text>
        ))}
      </g>
      {series.map((s) => (
        <g key={s.kind} class={`radar-series ${s.kind}`}>
          <polygon points={radarPoints(s.values, layout)} />
          {s.values.map((v, i) => {
            const p = radarPoint(v, i, n, layout);
            return s.kind === 'first' ? (
              <rect key={key(i)} x={p.x - 3.5} y={p.y - 3.5} width={7} height={7} />
            ) : (
              <circle key={key(i)} cx={p.x} cy={p.y} r={4} />
            );
          })}
        </g>
      ))}
      <g class="radar-labels">
        {layout.axes.map((a, i) => (
          <text key={key(i)} x={a.lx} y={a.ly} text-anchor={a.anchor}>
            {a.lines.map((line, j) => (
              <tspan key={line} x={a.lx} dy={j ? LABEL_LINE : 0}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
    </svg>
  );
}
