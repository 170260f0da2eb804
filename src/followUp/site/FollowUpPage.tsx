import type { PublicPage } from '../../shape/publicPageShape'
import type { PublicAssessment, PublicFollowUp } from '../../shape/followUpShape'
import type { IndicatorSnapshot } from '../snapshotGoal'

import { formatFigure } from '../../lib/assessIndicator'
import { INITIATIVE_STATUS_OPTIONS, labelOf } from '../../lib/statusOptions'
import { pageWords } from '../../publicPage/site/pageWords'
import { Breadcrumbs, SiteFrame } from '../../publicPage/site/SiteFrame'
import { ASSESSMENT_LABELS } from '../../lib/followUpOptions'
import { type FollowUpWords, followUpWords } from './followUpWords'

const figure = (n: null | number) => (n === null ? '–' : formatFigure(n))
const signed = (n: null | number) => (n === null ? '–' : `${n > 0 ? '+' : ''}${formatFigure(n)}`)

/** "31 december 2021" / "31 December 2021" for an ISO date, read as a calendar day. */
const dayOf = (iso: string, locale: 'en' | 'sv') =>
  new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'sv-SE', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    year: 'numeric',
  })

/** A table that scrolls by itself on a narrow screen (never the page), named by its caption. */
const TableRegion = ({
  caption,
  children,
  id,
}: {
  caption: string
  children: React.ReactNode
  id: string
}) => (
  <div aria-labelledby={id} className="table-scroll" role="region" tabIndex={0}>
    <table className="budget-table">
      <caption id={id}>{caption}</caption>
      {children}
    </table>
  </div>
)

const Figures = ({
  id,
  indicators,
  words,
}: {
  id: string
  indicators: IndicatorSnapshot[]
  words: FollowUpWords
}) => {
  const rows = indicators.map((indicator) => {
    const last = [...indicator.points].reverse().find((p) => p.value !== null)
    return { indicator, last }
  })
  if (rows.every((r) => !r.last)) return <p>{words.noFigures}</p>
  return (
    <TableRegion caption={words.figuresHeading} id={id}>
      <thead>
        <tr>
          <th scope="col">{words.indicator}</th>
          <th scope="col">{words.latest}</th>
          <th scope="col">{words.year}</th>
          <th scope="col">{words.target}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ indicator, last }, i) => {
          const unit = indicator.unit ? ` ${indicator.unit}` : ''
          return (
            <tr key={i}>
              <th scope="row">{indicator.name}</th>
              <td>{last?.value != null ? `${formatFigure(last.value)}${unit}` : '–'}</td>
              <td>{last ? last.year : '–'}</td>
              <td>
                {indicator.target?.value != null
                  ? `${formatFigure(indicator.target.value)}${unit}${indicator.target.year ? ` (${indicator.target.year})` : ''}`
                  : '–'}
              </td>
            </tr>
          )
        })}
      </tbody>
    </TableRegion>
  )
}

const GoalAssessment = ({
  followUp,
  goal,
  locale,
  words,
}: {
  followUp: PublicFollowUp
  goal: PublicAssessment
  locale: 'en' | 'sv'
  words: FollowUpWords
}) => {
  const suggested =
    goal.suggested && goal.suggested !== goal.assessment
      ? ASSESSMENT_LABELS[followUp.report.wording][goal.suggested][locale]
      : null
  return (
    <li className="goal">
      <h3>{goal.goal.title}</h3>
      <p>
        <span className="visually-hidden">{words.assessedAs}: </span>
        <span className={`status assessment-${goal.assessment ?? 'unknown'}`}>
          {goal.assessmentLabel ?? ASSESSMENT_LABELS[followUp.report.wording].unknown[locale]}
        </span>
        {suggested ? (
          <span className="suggested">{` ${words.figuresSuggest}: ${suggested}.`}</span>
        ) : null}
      </p>
      {goal.reason ? (
        <p>
          <strong>{words.reason}:</strong> {goal.reason}
        </p>
      ) : null}
      {goal.analysis
        ? goal.analysis.split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>)
        : null}
      {goal.figures && goal.figures.indicators.length > 0 ? (
        <Figures
          id={`siffror-${goal.goal.id}`}
          indicators={goal.figures.indicators}
          words={words}
        />
      ) : null}
    </li>
  )
}

/** Budget against outcome (or forecast) per committee: bars in HTML, each named in words. */
const OutcomeChart = ({ followUp, words }: { followUp: PublicFollowUp; words: FollowUpWords }) => {
  const forecast = followUp.report.wording === 'forecast'
  const rows = followUp.outcomes
    .filter((o) => o.kind === 'drift' && o.budget !== null)
    .map((o) => ({ ...o, reached: o.forecast ?? o.outcome }))
  if (rows.length === 0) return null
  const max = Math.max(
    1,
    ...rows.flatMap((o) => [Math.abs(o.budget ?? 0), Math.abs(o.reached ?? 0)]),
  )
  const width = (n: null | number) => `${Math.max(0.5, (100 * Math.abs(n ?? 0)) / max).toFixed(1)}%`
  const reachedWord = forecast ? words.forecast : words.outcome
  return (
    <figure aria-labelledby="utfall-diagram" className="budget-chart outcome-chart">
      <figcaption id="utfall-diagram">{words.chartCaption(forecast)}</figcaption>
      <ul>
        {rows.map((o, i) => (
          <li key={`${o.committee}-${i}`}>
            <span className="budget-chart__label">
              {`${o.committee}: ${words.budget.toLowerCase()} ${figure(o.budget)}, ${reachedWord.toLowerCase()} ${figure(o.reached)}`}
            </span>
            <span
              aria-hidden="true"
              className="budget-chart__bar"
              style={{ width: width(o.budget) }}
            />
            <span
              aria-hidden="true"
              className="budget-chart__bar outcome-chart__reached"
              style={{ width: width(o.reached) }}
            />
          </li>
        ))}
      </ul>
    </figure>
  )
}

/**
 * "Så gick det": a published follow-up report of a plan — the counts, per focus area and goal the
 * assessment with its reason, analysis and figures as they stood at the period end, budget against
 * outcome per committee (a chart with the table beside it), the initiatives and the savings, the
 * plan's other reports and the report's open data. Prints as a clean A4 document (the stylesheet's
 * print rules leave out navigation and let the tables wrap).
 */
export const FollowUpPage = ({
  followUp,
  path,
  plan,
}: {
  followUp: PublicFollowUp
  /** This page's address without the language prefix. */
  path: string
  plan: PublicPage
}) => {
  const { locale } = plan
  const words = followUpWords(locale)
  const prefix = locale === 'en' ? '/en' : ''
  const { report } = followUp
  const reportPath = (id: number | string) => `${prefix}${plan.path}/uppfoljning/${id}`
  const api = `/api/public/plans/${plan.year}/follow-up`
  const hasResult = report.result !== null && report.budgetedResult !== null
  return (
    <SiteFrame languagePath={path} plan={plan} words={pageWords(locale)}>
      <Breadcrumbs
        label={words.breadcrumb}
        trail={[
          { href: `${prefix}${plan.path}`, text: plan.title },
          { href: reportPath(report.id), text: report.title },
        ]}
      />
      <main className="follow-up" id="innehall" tabIndex={-1}>
        <article>
          <h1>{words.heading(plan.year)}</h1>
          <p className="subtitle">
            {report.title}. {words.periodEnd(dayOf(report.periodEnd, locale))}
            {report.publishedAt ? ` ${words.published(dayOf(report.publishedAt, locale))}` : null}
          </p>
          <section aria-labelledby="i-korthet">
            <h2 id="i-korthet">{words.summaryHeading}</h2>
            <p className="summary-sentence">{followUp.sentence}.</p>
            <ul className="assessment-counts">
              {(['met', 'partly', 'notMet', 'unknown'] as const).map((key) => (
                <li key={key}>
                  <span className="count">{followUp.summary[key]}</span> {words.counts[key]}
                </li>
              ))}
            </ul>
            {report.summary
              ? report.summary.split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>)
              : null}
          </section>

          {followUp.focusAreas.map((area, a) => (
            <section aria-labelledby={`omrade-${a}`} key={String(area.id)}>
              <h2 id={`omrade-${a}`}>{area.title}</h2>
              <p>
                {(['met', 'partly', 'notMet', 'unknown'] as const)
                  .filter((key) => area.summary[key] > 0)
                  .map((key) => `${area.summary[key]} ${words.counts[key]}`)
                  .join(', ')}
                .
              </p>
              <ul className="goals">
                {area.goals.map((goal) => (
                  <GoalAssessment
                    followUp={followUp}
                    goal={goal}
                    key={String(goal.goal.id)}
                    locale={locale}
                    words={words}
                  />
                ))}
              </ul>
            </section>
          ))}

          {followUp.outcomes.length > 0 || hasResult ? (
            <section aria-labelledby="ekonomin" className="budget">
              <h2 id="ekonomin">{words.moneyHeading}</h2>
              {hasResult ? (
                <p>
                  {words.result(
                    `${figure(report.result)} tkr`,
                    `${figure(report.budgetedResult)} tkr`,
                  )}
                </p>
              ) : null}
              <OutcomeChart followUp={followUp} words={words} />
              {followUp.outcomes.length > 0 ? (
                <TableRegion caption={words.outcomesCaption} id="utfall-tabell">
                  <thead>
                    <tr>
                      <th scope="col">{words.committee}</th>
                      <th scope="col">{words.kindColumn}</th>
                      <th scope="col">{words.budget}</th>
                      <th scope="col">{words.outcome}</th>
                      {report.wording === 'forecast' ? <th scope="col">{words.forecast}</th> : null}
                      <th scope="col">{words.deviation}</th>
                      <th scope="col">{words.deviationPercent}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {followUp.outcomes.map((o, i) => (
                      <tr key={`${o.committee}-${i}`}>
                        <th scope="row">{o.committee}</th>
                        <td>{words.kind[o.kind]}</td>
                        <td>{figure(o.budget)}</td>
                        <td>{figure(o.outcome)}</td>
                        {report.wording === 'forecast' ? <td>{figure(o.forecast)}</td> : null}
                        <td>{signed(o.deviation)}</td>
                        <td>
                          {o.deviationPercent === null ? '–' : `${signed(o.deviationPercent)} %`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </TableRegion>
              ) : null}
              {followUp.outcomes.some((o) => o.comment) ? (
                <ul>
                  {followUp.outcomes
                    .filter((o) => o.comment)
                    .map((o, i) => (
                      <li key={i}>
                        <strong>{o.committee}:</strong> {o.comment}
                      </li>
                    ))}
                </ul>
              ) : null}
            </section>
          ) : null}

          {followUp.initiatives.length > 0 ? (
            <section aria-labelledby="insatserna">
              <h2 id="insatserna">{words.initiativesHeading}</h2>
              <TableRegion caption={words.initiativesCaption} id="insatser-tabell">
                <thead>
                  <tr>
                    <th scope="col">{words.initiative}</th>
                    <th scope="col">{words.state}</th>
                    <th scope="col">{words.progress}</th>
                    <th scope="col">{words.comment}</th>
                  </tr>
                </thead>
                <tbody>
                  {followUp.initiatives.map((i) => (
                    <tr key={String(i.id)}>
                      <th scope="row">{i.title}</th>
                      <td>{i.state ? labelOf(INITIATIVE_STATUS_OPTIONS, i.state, locale) : '–'}</td>
                      <td>{i.progress === null ? '–' : `${i.progress} %`}</td>
                      <td className="wrap">{i.comment ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </TableRegion>
            </section>
          ) : null}

          {followUp.savings.length > 0 ? (
            <section aria-labelledby="besparingarna">
              <h2 id="besparingarna">{words.savingsHeading}</h2>
              <TableRegion caption={words.savingsCaption} id="besparingar-tabell">
                <thead>
                  <tr>
                    <th scope="col">{words.measure}</th>
                    <th scope="col">{words.planned}</th>
                    <th scope="col">{words.realised}</th>
                  </tr>
                </thead>
                <tbody>
                  {followUp.savings.map((s) => (
                    <tr key={String(s.id)}>
                      <th scope="row">{s.title}</th>
                      <td>{figure(s.planned)}</td>
                      <td>{figure(s.realised)}</td>
                    </tr>
                  ))}
                </tbody>
              </TableRegion>
            </section>
          ) : null}

          <nav aria-labelledby="alla-uppfoljningar" className="report-list">
            <h2 id="alla-uppfoljningar">{words.otherReports}</h2>
            <ul>
              {followUp.reports.map((r) => (
                <li key={String(r.id)}>
                  <a
                    aria-current={String(r.id) === String(report.id) ? 'page' : undefined}
                    href={reportPath(r.id)}
                  >
                    {r.title}
                  </a>{' '}
                  ({dayOf(r.periodEnd, locale)})
                </li>
              ))}
              <li>
                <a href={`${prefix}${plan.path}`}>{words.backToPlan(plan.year)}</a>
              </li>
            </ul>
          </nav>

          <section aria-labelledby="uppfoljning-oppna-data" className="open-data">
            <h2 id="uppfoljning-oppna-data">{words.openData.heading}</h2>
            <ul>
              <li>
                <a href={`${api}/open-data.json?report=${report.id}&locale=${locale}`}>
                  {words.openData.json}
                </a>
              </li>
              <li>
                <a
                  href={`${api}/open-data.csv?report=${report.id}&table=assessments&locale=${locale}`}
                >
                  {words.openData.assessments}
                </a>
              </li>
              <li>
                <a
                  href={`${api}/open-data.csv?report=${report.id}&table=budget-outcomes&locale=${locale}`}
                >
                  {words.openData.outcomes}
                </a>
              </li>
            </ul>
          </section>
        </article>
      </main>
    </SiteFrame>
  )
}
