import type { ChartMarker } from '@ecaf/domain';
import { useId } from 'react';
import { Table } from '../../components/Table';
import type { PlanView } from './plan-data';

/** GOV.UK colours; each series also has its own marker shape and line style (not colour alone). */
const palette = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#f47738', '#5694ca'];

function Marker({ shape, x, y, colour }: { shape: ChartMarker; x: number; y: number; colour: string }) {
  const r = 6;
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} fill={colour} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} fill={colour} />;
    case 'triangle':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} fill={colour} />;
    case 'diamond':
      return (
        <polygon points={`${x},${y - r - 2} ${x + r + 2},${y} ${x},${y + r + 2} ${x - r - 2},${y}`} fill={colour} />
      );
    case 'cross':
      return (
        <path
          d={`M${x - r} ${y - r} L${x + r} ${y + r} M${x + r} ${y - r} L${x - r} ${y + r}`}
          stroke={colour}
          strokeWidth={3}
        />
      );
    default:
      return (
        <polygon
          points={[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
            .map((i) => {
              const radius = i % 2 === 0 ? r + 2 : r / 2;
              const angle = (Math.PI / 5) * i - Math.PI / 2;
              return `${x + radius * Math.cos(angle)},${y + radius * Math.sin(angle)}`;
            })
            .join(' ')}
          fill={colour}
        />
      );
  }
}

/**
 * PL-2 distance travelled over the reviews: an SVG chart (named, described, with visible labels
 * and a marker shape per need) and the same numbers as a table.
 */
export function DistanceChart({ view }: { view: PlanView }) {
  const id = useId();
  const { chart } = view;
  if (chart.series.length === 0) {
    return <p className="govuk-body">No distance travelled has been recorded yet. It is recorded at each review.</p>;
  }
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <>
      <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          width="100%"
          style={{ maxWidth: chart.width }}
          className="app-distance-chart"
        >
          <title id={titleId}>Distance travelled for each need, by review (0 = not met at all, 10 = fully met)</title>
          <desc id={descId}>{chart.description}</desc>
          {chart.yTicks.map((t) => (
            <g key={t.label}>
              <line x1={chart.plot.left} x2={chart.plot.right} y1={t.y} y2={t.y} stroke="#b1b4b6" strokeWidth={1} />
              <text x={chart.plot.left - 8} y={t.y + 5} textAnchor="end" fontSize={14} fill="#0b0c0c">
                {t.label}
              </text>
            </g>
          ))}
          {chart.xTicks.map((t) => (
            <text
              key={t.reviewNumber}
              x={t.x}
              y={chart.plot.bottom + 24}
              textAnchor="middle"
              fontSize={13}
              fill="#0b0c0c"
            >
              {t.label}
            </text>
          ))}
          {chart.series.map((s) => {
            const colour = palette[s.colour % palette.length] ?? '#0b0c0c';
            return (
              <g key={s.need}>
                <path d={s.path} fill="none" stroke={colour} strokeWidth={3} strokeDasharray={s.dash || undefined} />
                {s.points.map((p) => (
                  <g key={p.reviewNumber}>
                    <Marker shape={s.marker} x={p.x} y={p.y} colour={colour} />
                    <text x={p.x + 10} y={p.y - 8} fontSize={13} fill="#0b0c0c">
                      {p.score}
                    </text>
                  </g>
                ))}
              </g>
            );
          })}
        </svg>
        <figcaption>
          <ul className="govuk-list app-distance-chart__legend" aria-label="Key">
            {chart.series.map((s) => {
              const colour = palette[s.colour % palette.length] ?? '#0b0c0c';
              return (
                <li key={s.need}>
                  <svg width="40" height="20" aria-hidden="true" focusable="false" style={{ verticalAlign: 'middle' }}>
                    <line
                      x1={2}
                      x2={38}
                      y1={10}
                      y2={10}
                      stroke={colour}
                      strokeWidth={3}
                      strokeDasharray={s.dash || undefined}
                    />
                    <Marker shape={s.marker} x={20} y={10} colour={colour} />
                  </svg>{' '}
                  {s.need} ({s.marker})
                </li>
              );
            })}
          </ul>
        </figcaption>
      </figure>
      <Table
        caption="Distance travelled (score out of 10)"
        captionClassName="govuk-table__caption--s"
        firstCellIsHeader
        head={[
          { content: 'Need' },
          ...view.reviews.map((r) => ({ content: `Review ${r.number}`, format: 'numeric' as const })),
        ]}
        rows={view.needs.map((need) => ({
          key: need,
          cells: [
            { content: need },
            ...view.reviews.map((r) => {
              const found = r.distances.find((d) => d.need === need);
              return { content: found ? String(found.score) : 'Not scored', format: 'numeric' as const };
            }),
          ],
        }))}
      />
    </>
  );
}
