import { formatFigure } from '../../lib/assessIndicator'
import { IndicatorChart, type IndicatorViewProps, LegendSymbol } from './IndicatorChart'

const figure = (value: null | number): string => (value === null ? '–' : formatFigure(value))

const measure = (m: { value: null | number; year: null | number }, unit: null | string) =>
  m.value === null
    ? null
    : `${formatFigure(m.value)}${unit ? ` ${unit}` : ''}${m.year ? ` (${m.year})` : ''}`

/**
 * One indicator on the page: what it says (the explanation), the chart, the same figures in a
 * table, and where they come from ("Källa: Kolada" with the KPI and fetch date, or the editor's
 * own source) — all server-rendered, no script needed.
 */
export const IndicatorFigures = ({ group, id, indicator, place, words }: IndicatorViewProps) => {
  const series = indicator.series
  const hasGroup = series.some((p) => p.group !== null)
  const hasGender = series.some((p) => p.valueWomen !== null || p.valueMen !== null)
  const hasOwn = series.some((p) => p.source === 'manual')
  const unit = indicator.unit ? ` (${indicator.unit})` : ''
  const baseline = measure(indicator.baseline, indicator.unit)
  const target = measure(indicator.target, indicator.unit)
  const sources = [
    indicator.kolada
      ? `Kolada (${indicator.kolada.kpiId}${indicator.kolada.title ? `, ${indicator.kolada.title}` : ''})${
          indicator.kolada.fetchedAt
            ? `, ${words.fetched} ${indicator.kolada.fetchedAt.slice(0, 10)}`
            : ''
        }`
      : null,
    hasOwn
      ? `${words.own}${indicator.source && indicator.source !== 'Kolada' ? ` (${indicator.source})` : ''}`
      : null,
    !indicator.kolada && !hasOwn && indicator.source ? indicator.source : null,
  ].filter(Boolean)
  return (
    <div className="indicator">
      <h5 id={`${id}-name`}>
        {indicator.name}
        {indicator.kpiId ? <span className="kpi"> ({indicator.kpiId})</span> : null}
      </h5>
      <p className="indicator-explanation">{indicator.explanation ?? words.noData}</p>
      {baseline || target ? (
        <p className="indicator-targets">
          {baseline ? `${words.baseline}: ${baseline}. ` : ''}
          {target ? `${words.target}: ${target}.` : ''}
        </p>
      ) : null}
      {series.length > 0 ? (
        <div className="indicator-body">
          <div className="indicator-graphic">
            <IndicatorChart
              group={group}
              id={id}
              indicator={indicator}
              place={place}
              words={words}
            />
            <ul className="chart-legend">
              <li>
                <LegendSymbol line="value" /> {place}
              </li>
              {series.some((p) => p.national !== null) ? (
                <li>
                  <LegendSymbol line="national" /> {words.national}
                </li>
              ) : null}
              {hasGroup ? (
                <li>
                  <LegendSymbol line="group" /> {group ?? words.comparisonGroup}
                </li>
              ) : null}
            </ul>
          </div>
          <div
            aria-labelledby={`${id}-caption`}
            className="table-scroll"
            role="region"
            tabIndex={0}
          >
            <table className="indicator-table">
              <caption
                className="visually-hidden"
                id={`${id}-caption`}
              >{`${indicator.name}${unit}, ${words.perYear}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{words.year}</th>
                  <th scope="col">{place}</th>
                  {hasGender ? (
                    <>
                      <th scope="col">{words.women}</th>
                      <th scope="col">{words.men}</th>
                    </>
                  ) : null}
                  <th scope="col">{words.national}</th>
                  {hasGroup ? <th scope="col">{group ?? words.comparisonGroup}</th> : null}
                </tr>
              </thead>
              <tbody>
                {series.map((p) => (
                  <tr key={p.year}>
                    <th scope="row">{`${p.year}${p.preliminary ? ` (${words.preliminary})` : ''}`}</th>
                    <td>
                      {`${figure(p.value)}${p.source === 'manual' && p.value !== null ? ` (${words.own})` : ''}`}
                    </td>
                    {hasGender ? (
                      <>
                        <td>{figure(p.valueWomen)}</td>
                        <td>{figure(p.valueMen)}</td>
                      </>
                    ) : null}
                    <td>{figure(p.national)}</td>
                    {hasGroup ? <td>{figure(p.group)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {sources.length > 0 && series.length > 0 ? (
        <p className="indicator-source">{`${words.source}: ${sources.join('; ')}.`}</p>
      ) : null}
    </div>
  )
}
