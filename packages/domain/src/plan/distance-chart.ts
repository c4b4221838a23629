/**
 * PL-2 distance travelled, drawn: one series per need across the reviews, as coordinates the
 * web renders as an SVG without doing any arithmetic. Each series has its own marker shape and
 * line style so the chart does not rely on colour alone.
 */

export const chartMarkers = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;
export type ChartMarker = (typeof chartMarkers)[number];
export const chartDashes = ['', '6 3', '2 3', '8 3 2 3'] as const;

export type DistanceReview = {
  number: number;
  heldOn: string;
  distances: readonly { need: string; score: number }[];
};

export type ChartPoint = { x: number; y: number; score: number; reviewNumber: number; heldOn: string };

export type DistanceSeries = {
  need: string;
  marker: ChartMarker;
  /** SVG stroke-dasharray ('' for a solid line). */
  dash: string;
  /** Index into the web's palette (colour is extra, never the only difference). */
  colour: number;
  points: ChartPoint[];
  /** An SVG path through the points, in order. */
  path: string;
};

export type DistanceChart = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string; reviewNumber: number }[];
  yTicks: { y: number; label: string }[];
  series: DistanceSeries[];
  /** A sentence describing the chart, for <desc>. */
  description: string;
};

const round = (n: number) => Math.round(n * 10) / 10;

export function distanceChart(
  reviews: readonly DistanceReview[],
  options: { width?: number; height?: number; formatDate?: (iso: string) => string } = {},
): DistanceChart {
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const plot = { left: 48, top: 16, right: width - 24, bottom: height - 48 };
  const ordered = [...reviews].sort((a, b) => a.number - b.number);
  const count = ordered.length;
  const xOf = (i: number) =>
    round(count <= 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (count - 1));
  const yOf = (score: number) => round(plot.bottom - ((plot.bottom - plot.top) * score) / 10);
  const label = options.formatDate ?? ((iso: string) => iso);

  const needs: string[] = [];
  for (const r of ordered) for (const d of r.distances) if (!needs.includes(d.need)) needs.push(d.need);

  const series = needs.map((need, s): DistanceSeries => {
    const points: ChartPoint[] = [];
    ordered.forEach((r, i) => {
      const found = r.distances.find((d) => d.need === need);
      if (found)
        points.push({ x: xOf(i), y: yOf(found.score), score: found.score, reviewNumber: r.number, heldOn: r.heldOn });
    });
    return {
      need,
      marker: chartMarkers[s % chartMarkers.length] ?? 'circle',
      dash: chartDashes[s % chartDashes.length] ?? '',
      colour: s,
      points,
      path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '),
    };
  });

  const description =
    series.length === 0
      ? 'No distance travelled has been recorded yet.'
      : `${series
          .map((s) => `${s.need}: ${s.points.map((p) => `review ${p.reviewNumber} ${p.score} out of 10`).join(', ')}`)
          .join('. ')}.`;

  return {
    width,
    height,
    plot,
    xTicks: ordered.map((r, i) => ({
      x: xOf(i),
      label: `Review ${r.number} (${label(r.heldOn)})`,
      reviewNumber: r.number,
    })),
    yTicks: [0, 2, 4, 6, 8, 10].map((v) => ({ y: yOf(v), label: String(v) })),
    series,
    description,
  };
}
