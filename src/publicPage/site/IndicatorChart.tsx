import type { PublicIndicator } from '../../shape/publicPageShape'
import type { IndicatorWords } from './pageWords'

import { formatFigure } from '../../lib/assessIndicator'

const W = 320
const H = 220
const PAD = { bottom: 30, left: 40, right: 6, top: 18 }
// Drawn at about 250–700 px wide: 15 units stay at least 11 px on a 320 px phone.
const FONT = 15
const LABEL_GAP = 17

/** How each line is drawn: a colour, but also a dash pattern and a marker shape of its own. */
const LINES = [
  { color: '#0b5394', dash: undefined, key: 'value', marker: 'circle' },
  { color: '#3d3d3d', dash: '6 4', key: 'national', marker: 'square' },
  { color: '#8a3b00', dash: '2 3', key: 'group', marker: 'triangle' },
] as const

type LineKey = (typeof LINES)[number]['key']

/** What an indicator's chart and figures are drawn from. */
export type IndicatorViewProps = {
  /** The comparison group's name, when the site has one. */
  group: null | string
  /** A page-unique prefix for the element ids. */
  id: string
  indicator: PublicIndicator
  /** The municipality's short name, e.g. "Hedemora". */
  place: string
  /** The words around the figures, in the page's language. */
  words: IndicatorWords
}

const Marker = ({ kind, x, y, color }: { color: string; kind: string; x: number; y: number }) =>
  kind === 'circle' ? (
    <circle cx={x} cy={y} fill={color} r={4} />
  ) : kind === 'square' ? (
    <rect fill={color} height={7} width={7} x={x - 3.5} y={y - 3.5} />
  ) : (
    <path d={`M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z`} fill={color} />
  )

/** A small legend symbol (line and marker) for the HTML legend beside the chart. */
export const LegendSymbol = ({ line }: { line: LineKey }) => {
  const style = LINES.find((l) => l.key === line) ?? LINES[0]
  return (
    <svg aria-hidden="true" focusable="false" height="12" viewBox="0 0 28 12" width="28">
      <line
        stroke={style.color}
        strokeDasharray={style.dash}
        strokeWidth={2}
        x1={0}
        x2={28}
        y1={6}
        y2={6}
      />
      <Marker color={style.color} kind={style.marker} x={14} y={6} />
    </svg>
  )
}

const niceTicks = (min: number, max: number): number[] => {
  const span = max - min || Math.abs(max) || 1
  const step = 10 ** Math.floor(Math.log10(span / 3))
  const unit = [1, 2, 2.5, 5, 10].map((m) => m * step).find((s) => span / s <= 4) ?? step * 10
  const first = Math.floor(min / unit) * unit
  const ticks: number[] = []
  for (let t = first; t <= max + unit / 2 && ticks.length < 7; t += unit) ticks.push(+t.toFixed(6))
  return ticks
}

/**
 * An indicator's series as a server-rendered SVG line chart: the municipality, Riket and the
 * comparison group over the years, each with its own dash pattern, marker and end label (not
 * colour alone), the target as a labelled line, and a `<title>`/`<desc>` that says what it shows.
 */
export const IndicatorChart = ({ group, id, indicator, place, words }: IndicatorViewProps) => {
  const series = indicator.series
  const names: Record<LineKey, string> = {
    group: group ?? words.comparisonGroup,
    national: words.national,
    value: place,
  }
  const lines = LINES.filter((l) => series.some((p) => p[l.key] !== null))
  const values = lines
    .flatMap((l) => series.map((p) => p[l.key]))
    .filter((v): v is number => v !== null)
  const target = indicator.target.value
  if (values.length === 0) return null
  const ticks = niceTicks(
    Math.min(...values, target ?? Infinity),
    Math.max(...values, target ?? -Infinity),
  )
  const low = ticks[0]
  const high = ticks[ticks.length - 1] === low ? low + 1 : ticks[ticks.length - 1]
  const years = series.map((p) => p.year)
  const first = years[0]
  const last = years[years.length - 1]
  const x = (year: number) =>
    last === first
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + ((year - first) / (last - first)) * (W - PAD.left - PAD.right)
  const y = (v: number) => H - PAD.bottom - ((v - low) / (high - low)) * (H - PAD.top - PAD.bottom)
  const yearLabels = years.filter(
    (yr, i) => years.length <= 6 || i % Math.ceil(years.length / 6) === 0 || yr === last,
  )
  const unit = indicator.unit ? ` ${indicator.unit}` : ''
  const desc =
    `${indicator.name}, ${first}–${last}. ` +
    lines
      .map((l) => {
        const latest = [...series].reverse().find((p) => p[l.key] !== null)
        return latest
          ? `${names[l.key]} ${formatFigure(latest[l.key] as number)}${unit} (${latest.year})`
          : ''
      })
      .filter(Boolean)
      .join(', ') +
    (target !== null ? `. ${words.target} ${formatFigure(target)}${unit}.` : '.') +
    ` ${words.allInTable}`

  // End labels above their last points, pushed apart so that none covers another.
  const labelY = new Map<LineKey, number>()
  const ends = lines
    .map((l) => {
      const end = [...series].reverse().find((p) => p[l.key] !== null)
      return { key: l.key, y: end ? y(end[l.key] as number) - 8 : 0 }
    })
    .sort((a, b) => a.y - b.y)
  let previous = PAD.top - LABEL_GAP
  for (const end of ends) {
    previous = Math.max(end.y, previous + LABEL_GAP, FONT)
    labelY.set(end.key, previous)
  }
  const overflow = previous - (H - PAD.bottom - 4)
  if (overflow > 0)
    for (const end of ends) labelY.set(end.key, (labelY.get(end.key) ?? 0) - overflow)

  return (
    <svg
      aria-labelledby={`${id}-title ${id}-desc`}
      className="indicator-chart"
      role="img"
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
    >
      <title id={`${id}-title`}>{`${words.chart}: ${indicator.name}`}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <g fontFamily="system-ui, sans-serif" fontSize={FONT}>
        {ticks.map((t) => (
          <g key={t}>
            <line stroke="#d0d7de" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text fill="#3d3d3d" textAnchor="end" x={PAD.left - 6} y={y(t) + 4}>
              {formatFigure(t)}
            </text>
          </g>
        ))}
        {yearLabels.map((yr) => (
          <text
            fill="#3d3d3d"
            key={yr}
            textAnchor={yr === first ? 'start' : yr === last ? 'end' : 'middle'}
            x={yr === first ? PAD.left : yr === last ? W - PAD.right : x(yr)}
            y={H - 8}
          >
            {yr}
          </text>
        ))}
        {target !== null ? (
          <g>
            <line
              stroke="#1e6b2f"
              strokeDasharray="10 3 2 3"
              strokeWidth={1.5}
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(target)}
              y2={y(target)}
            />
            <text fill="#1e6b2f" x={PAD.left + 4} y={y(target) - 4}>
              {`${words.targetShort} ${formatFigure(target)}`}
            </text>
          </g>
        ) : null}
        {lines.map((l) => {
          const points = series.filter((p) => p[l.key] !== null)
          const end = points[points.length - 1]
          return (
            <g key={l.key}>
              <polyline
                fill="none"
                points={points.map((p) => `${x(p.year)},${y(p[l.key] as number)}`).join(' ')}
                stroke={l.color}
                strokeDasharray={l.dash}
                strokeWidth={2.5}
              />
              {points.map((p) => (
                <Marker
                  color={l.color}
                  key={p.year}
                  kind={l.marker}
                  x={x(p.year)}
                  y={y(p[l.key] as number)}
                />
              ))}
              {end ? (
                <text
                  fill={l.color}
                  fontWeight={l.key === 'value' ? 700 : 400}
                  textAnchor="end"
                  x={x(end.year) - 6}
                  y={labelY.get(l.key)}
                >
                  {names[l.key]}
                </text>
              ) : null}
            </g>
          )
        })}
      </g>
    </svg>
  )
}
