/**
 * Geometry of the radar chart (one spoke per habit, 0 at the centre, 100 at the rim),
 * computed here so the chart component only draws what it is given. Coordinates are in
 * SVG user units of the chart's viewBox.
 */

/** One spoke: its end at 100 and where its label goes. */
export interface RadarAxis {
  /** End of the spoke (score 100). */
  x: number;
  y: number;
  /** Label anchor point and alignment. */
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
  /** The label, in one or two lines. */
  lines: string[];
}

/** The chart's frame: viewBox, centre, radius, spokes and the rings at 25, 50, 75 and 100. */
export interface RadarLayout {
  /** The viewBox: it holds the chart and every label, whatever font draws them. */
  minX: number;
  minY: number;
  width: number;
  height: number;
  cx: number;
  cy: number;
  r: number;
  axes: RadarAxis[];
  rings: { value: number; points: string }[];
}

/** Height of one label line, in user units. */
export const LABEL_LINE = 17;

/** Font size of the labels, in user units (the chart's stylesheet uses the same). */
export const LABEL_SIZE = 15;

/**
 * Width of a label line, in user units, estimated on the wide side (0.64 em a character,
 * more than a bold sans-serif needs) so the viewBox holds the label in any UI font.
 */
export function labelWidth(line: string, size = LABEL_SIZE): number {
  return line.length * size * 0.64;
}

/** The box a label takes: left, top, right, bottom in user units. */
export function labelBox(axis: RadarAxis, size = LABEL_SIZE) {
  const width = Math.max(0, ...axis.lines.map((l) => labelWidth(l, size)));
  const left = axis.anchor === 'start' ? axis.lx : axis.anchor === 'end' ? axis.lx - width : axis.lx - width / 2;
  return {
    left,
    top: axis.ly - size,
    right: left + width,
    bottom: axis.ly + (axis.lines.length - 1) * LABEL_LINE + size * 0.3,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Splits a label longer than `max` characters into two lines at the space nearest its middle. */
export function splitLabel(label: string, max = 12): string[] {
  if (label.length <= max) return [label];
  let best = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2)) best = i;
  }
  return best === -1 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}

/** Angle of spoke `i` of `n`, starting at the top and going clockwise. */
function angle(i: number, n: number): number {
  return -Math.PI / 2 + (i * 2 * Math.PI) / n;
}

/** The point of a score (0–100, clamped; null counts as 0) on spoke `i` of `n`. */
export function radarPoint(value: number | null, i: number, n: number, layout: Pick<RadarLayout, 'cx' | 'cy' | 'r'>) {
  const v = Math.min(100, Math.max(0, value ?? 0)) / 100;
  const a = angle(i, n);
  return { x: round(layout.cx + layout.r * v * Math.cos(a)), y: round(layout.cy + layout.r * v * Math.sin(a)) };
}

/** An SVG `points` attribute for a set of scores, one per spoke. */
export function radarPoints(values: readonly (number | null)[], layout: Pick<RadarLayout, 'cx' | 'cy' | 'r'>): string {
  return values
    .map((v, i) => {
      const p = radarPoint(v, i, values.length, layout);
      return `${p.x},${p.y}`;
    })
    .join(' ');
}

/** The frame of a radar chart with one spoke per label. */
export function radarLayout(labels: readonly string[], width = 400, height = 330, r = 100): RadarLayout {
  const cx = width / 2;
  const cy = height / 2;
  const n = labels.length;
  const axes = labels.map((label, i) => {
    const a = angle(i, n);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const lines = splitLabel(label);
    const lx = cx + (r + 10) * cos;
    const y = cy + (r + 10) * sin;
    const extra = (lines.length - 1) * LABEL_LINE;
    // Labels above the chart grow upwards, below it downwards, at the sides around the spoke.
    const ly = sin < -0.5 ? y - extra - 2 : sin > 0.5 ? y + LABEL_LINE - 2 : y - extra / 2 + 5;
    const anchor: RadarAxis['anchor'] = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    return { x: round(cx + r * cos), y: round(cy + r * sin), lx: round(lx), ly: round(ly), anchor, lines };
  });
  const rings = [25, 50, 75, 100].map((value) => ({
    value,
    points: radarPoints(
      labels.map(() => value),
      { cx, cy, r },
    ),
  }));
  // The viewBox: the rings, grown to hold every label, with a little margin.
  const pad = 4;
  let [left, top, right, bottom] = [cx - r - pad, cy - r - pad, cx + r + pad, cy + r + pad];
  for (const a of axes) {
    const b = labelBox(a);
    left = Math.min(left, b.left - pad);
    top = Math.min(top, b.top - pad);
    right = Math.max(right, b.right + pad);
    bottom = Math.max(bottom, b.bottom + pad);
  }
  return {
    minX: round(left),
    minY: round(top),
    width: round(right - left),
    height: round(bottom - top),
    cx,
    cy,
    r,
    axes,
    rings,
  };
}
