import { describe, expect, it } from 'vitest';
import { clipPolygon, grow, shapePath, simplify } from '../../../scripts/staticMap/staticMapGeometry';
import { studyAreaBox, STUDY_AREA_BOUNDS } from '../../../src/map/studyArea';

const box = { x: 0, y: 0, width: 10, height: 10 };

describe('a box', () => {
  it('grows by a share of its size on each side', () => {
    expect(grow(box, 1, 0.5)).toEqual({ x: -10, y: -5, width: 30, height: 20 });
  });
});

describe('shapes cut to what can be seen', () => {
  it('keeps a ring inside the box as it is', () => {
    const ring: [number, number][] = [
      [1, 1],
      [5, 1],
      [5, 5],
    ];
    expect(clipPolygon(ring, box)).toEqual(ring);
  });

  it('cuts a ring that crosses the box at its edge', () => {
    const clipped = clipPolygon(
      [
        [5, 5],
        [20, 5],
        [20, 8],
        [5, 8],
      ],
      box,
    );
    expect(Math.max(...clipped.map((p) => p[0]))).toBe(10);
    expect(clipped).toContainEqual([10, 5]);
    expect(clipped).toContainEqual([10, 8]);
  });

  it('drops a ring wholly outside the box', () => {
    expect(
      clipPolygon(
        [
          [20, 20],
          [30, 20],
          [30, 30],
        ],
        box,
      ),
    ).toEqual([]);
  });

  it('simplifies: points on a straight line go, corners stay', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.1],
      [2, 0],
      [3, 0],
      [3, 3],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [3, 0],
      [3, 3],
    ]);
    expect(simplify(line, 0.01)).toHaveLength(5);
  });
});

describe('path data', () => {
  const area = studyAreaBox();
  const drawing = { clip: grow(area, 1, 0.2), origin: area, tolerance: 1.5 };
  const [[south, west], [north, east]] = STUDY_AREA_BOUNDS;

  it('counts whole units from the study area corner, each step relative to the last', () => {
    const d = shapePath(
      {
        type: 'Polygon',
        coordinates: [
          [
            [west, north],
            [east, north],
            [east, south],
            [west, north],
          ],
        ],
      },
      drawing,
    );
    expect(d).toBe(`M0 0l${Math.round(area.width)} 0l0 ${Math.round(area.height)}z`);
  });

  it('is empty for a shape far away, and cuts a line to its runs near the view', () => {
    expect(
      shapePath(
        {
          type: 'Polygon',
          coordinates: [
            [
              [10, 50],
              [11, 50],
              [11, 51],
              [10, 50],
            ],
          ],
        },
        drawing,
      ),
    ).toBe('');
    const d = shapePath(
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [46, 39.5],
          [46.5, 39.6],
          [90, 10],
        ],
      },
      drawing,
    );
    // One run: the two points in view and one beyond each end.
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.match(/l/g)).toHaveLength(3);
  });
});
