import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelBox, radarLayout, radarPoint, radarPoints, splitLabel } from '../../src/domain/radar';

describe('radar chart geometry', () => {
  const labels = [
    'Giving first',
    'Interest',
    'Depth',
    'Time and channels',
    'Trust',
    'Centers of influence',
    'Long term',
    'In touch',
  ];
  const layout = radarLayout(labels);

  it('puts 0 at the centre and 100 at the end of each spoke, the first spoke at the top', () => {
    expect(radarPoint(0, 0, 8, layout)).toEqual({ x: layout.cx, y: layout.cy });
    expect(radarPoint(100, 0, 8, layout)).toEqual({ x: layout.cx, y: layout.cy - layout.r });
    expect(radarPoint(100, 2, 8, layout)).toEqual({ x: layout.cx + layout.r, y: layout.cy });
    expect(radarPoint(50, 4, 8, layout)).toEqual({ x: layout.cx, y: layout.cy + layout.r / 2 });
    expect(radarPoint(null, 3, 8, layout)).toEqual(radarPoint(0, 3, 8, layout));
    expect(radarPoint(250, 0, 8, layout)).toEqual(radarPoint(100, 0, 8, layout));
  });

  it('draws one point per score and four rings', () => {
    expect(radarPoints([100, 100, 100, 100, 100, 100, 100, 100], layout)).toBe(layout.rings[3]?.points);
    expect(layout.rings.map((r) => r.value)).toEqual([25, 50, 75, 100]);
    expect(radarPoints([10, 20, 30], layout).split(' ')).toHaveLength(3);
  });

  it('anchors labels away from the chart and keeps them inside the frame', () => {
    expect(layout.axes.map((a) => a.anchor)).toEqual([
      'middle',
      'start',
      'start',
      'start',
      'middle',
      'end',
      'end',
      'end',
    ]);
    for (const a of layout.axes) {
      // The label's box, estimated on the wide side, lies inside the viewBox.
      const b = labelBox(a);
      expect(b.left, a.lines.join(' ')).toBeGreaterThanOrEqual(layout.minX);
      expect(b.top, a.lines.join(' ')).toBeGreaterThanOrEqual(layout.minY);
      expect(b.right, a.lines.join(' ')).toBeLessThanOrEqual(layout.minX + layout.width);
      expect(b.bottom, a.lines.join(' ')).toBeLessThanOrEqual(layout.minY + layout.height);
    }
    // The rings are inside it too.
    expect(layout.cx - layout.r).toBeGreaterThanOrEqual(layout.minX);
    expect(layout.cy + layout.r).toBeLessThanOrEqual(layout.minY + layout.height);
  });

  it('property: labels of any length stay inside the viewBox', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 3, maxLength: 10 }), (names) => {
        const l = radarLayout(names);
        return l.axes.every((a) => {
          const b = labelBox(a);
          return b.left >= l.minX && b.top >= l.minY && b.right <= l.minX + l.width && b.bottom <= l.minY + l.height;
        });
      }),
    );
  });

  it('splits long labels into two lines near the middle', () => {
    expect(splitLabel('Trust')).toEqual(['Trust']);
    expect(splitLabel('Centers of influence')).toEqual(['Centers of', 'influence']);
    expect(splitLabel('Time and channels')).toEqual(['Time and', 'channels']);
    expect(splitLabel('Unbreakablelongword')).toEqual(['Unbreakablelongword']);
  });
});
