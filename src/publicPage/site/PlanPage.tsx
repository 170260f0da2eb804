import type { PublicChanges, PublicGoal, PublicPage } from '../shape/publicPageShape'

import {
  GOAL_STATUS_OPTIONS,
  INITIATIVE_STATUS_OPTIONS,
  swedishLabel,
} from '../../lib/statusOptions'
import { placeName } from '../../lib/assessIndicator'
import { FeedbackForm } from './FeedbackForm'
import { BudgetSection } from './BudgetSection'
import { IndicatorFigures } from './IndicatorFigures'

const Paragraphs = ({ paragraphs }: { paragraphs: string[] }) =>
  paragraphs.map((p, i) => <p key={i}>{p}</p>)

const Goal = ({
  areaId,
  goal,
  group,
  place,
}: {
  areaId: string
  goal: PublicGoal
  group: null | string
  place: string
}) => (
  <li className="goal">
    <h4>{goal.title}</h4>
    <p>
      <span className={`status status-${goal.status}`}>
        {swedishLabel(GOAL_STATUS_OPTIONS, goal.status)}
      </span>
    </p>
    {goal.rationale ? <p>{goal.rationale}</p> : null}
    {goal.indicators.map((indicator, i) => (
      <IndicatorFigures
        group={group}
        id={`indikator-${areaId}-${goal.id}-${i}`}
        indicator={indicator}
        key={i}
        place={place}
      />
    ))}
  </li>
)

const ChangeList = ({ changes, id }: { changes: PublicChanges | null; id: string }) =>
  changes && changes.changes.length > 0 ? (
    <section aria-labelledby={id} className="changes">
      <h2 id={id}>{`Vad har ändrats sedan ${changes.sinceLabel}`}</h2>
      <ul>
        {changes.changes.map((c, i) => (
          <li key={i}>{c.text}</li>
        ))}
      </ul>
    </section>
  ) : null

const decisionWords = (d: NonNullable<PublicPage['decision']>): string =>
  [d.date, d.paragraph, d.diaryNumber ? `dnr ${d.diaryNumber}` : null].filter(Boolean).join(', ')

/**
 * The public "Mål och budget" page: the reference page in its order, plus follow-up, what changed
 * and open data. `decided`: the council-decided version, frozen, with a link to today's page.
 */
export const PlanPage = ({
  decided = false,
  monthlyIncome = null,
  plan,
  preview,
}: {
  decided?: boolean
  /** The tax-krona calculator's income from the page address (`?manadsinkomst=`), if any. */
  monthlyIncome?: null | number
  plan: PublicPage
  preview: boolean
}) => {
  const pagePath = plan.path
  const place = placeName(plan.organisation)
  return (
    <>
      <a className="skip-link" href="#innehall">
        Hoppa till innehållet
      </a>
      <header className="site-header">
        <p className="organisation">{plan.organisation}</p>
        {preview ? (
          <p className="preview-banner" role="status">
            Förhandsvisning av utkast – sidan är inte publicerad i den här formen.
          </p>
        ) : null}
        {plan.editions.length > 1 ? (
          <nav aria-label="Välj år" className="year-switcher">
            <ul>
              {plan.editions.map((e) => (
                <li key={e.year}>
                  <a
                    aria-current={e.year === plan.year && !decided ? 'page' : undefined}
                    href={e.path}
                  >
                    {e.year}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="innehall" tabIndex={-1}>
        <article>
          <h1>{plan.title}</h1>
          {plan.subtitle ? <p className="subtitle">{plan.subtitle}</p> : null}
          {plan.decision ? (
            <div
              className={decided ? 'decided-banner' : 'decision'}
              role={decided ? 'note' : undefined}
            >
              {decided ? (
                <p>
                  {`Det här är planen så som kommunfullmäktige beslutade den (${decisionWords(plan.decision)}). Uppföljningen fortsätter på `}
                  <a href={plan.decision.path.replace(/\/beslutad$/, '')}>
                    sidan som den ser ut i dag
                  </a>
                  .
                </p>
              ) : (
                <p>
                  {`Beslutad i kommunfullmäktige ${decisionWords(plan.decision)}. `}
                  <a href={plan.decision.path}>Läs planen så som den beslutades</a>.
                </p>
              )}
              {plan.decision.correctionNote ? (
                <p>{`Rättelse: ${plan.decision.correctionNote}`}</p>
              ) : null}
            </div>
          ) : null}
          <Paragraphs paragraphs={plan.intro.paragraphs} />

          {plan.work.heading || plan.work.paragraphs.length > 0 || plan.initiatives.length > 0 ? (
            <section aria-labelledby={plan.work.heading ? 'arbete' : undefined}>
              {plan.work.heading ? <h2 id="arbete">{plan.work.heading}</h2> : null}
              <Paragraphs paragraphs={plan.work.paragraphs} />
              {plan.work.listLead && plan.initiatives.length > 0 ? (
                <p>{plan.work.listLead}</p>
              ) : null}
              {plan.initiatives.length > 0 ? (
                <ul className="initiatives">
                  {plan.initiatives.map((i) => (
                    <li key={i.id}>
                      <span className="initiative-title">{i.title}</span>{' '}
                      <span className="initiative-meta">
                        <span className={`status status-${i.status}`}>
                          {swedishLabel(INITIATIVE_STATUS_OPTIONS, i.status)}
                        </span>
                        {' · '}
                        <span>{i.progress} % klart</span>
                      </span>
                      <progress
                        aria-label={`${i.title}: ${i.progress} procent klart`}
                        max={100}
                        value={i.progress}
                      />
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ) : null}

          {plan.economy.heading ||
          plan.economy.paragraphs.length > 0 ||
          plan.savingsMeasures.length > 0 ||
          plan.tax.statement ||
          plan.fullDocument ? (
            <section aria-labelledby={plan.economy.heading ? 'ekonomi' : undefined}>
              {plan.economy.heading ? <h2 id="ekonomi">{plan.economy.heading}</h2> : null}
              <Paragraphs paragraphs={plan.economy.paragraphs} />
              {plan.economy.listLead && plan.savingsMeasures.length > 0 ? (
                <p>{plan.economy.listLead}</p>
              ) : null}
              {plan.savingsMeasures.length > 0 ? (
                <ul>
                  {plan.savingsMeasures.map((s) => (
                    <li key={s.id}>{s.title}</li>
                  ))}
                </ul>
              ) : null}
              {plan.tax.statement ? <p>{plan.tax.statement}</p> : null}
              {plan.fullDocument ? (
                <p>
                  <a href={plan.fullDocument.url}>
                    {plan.fullDocument.linkText ?? plan.fullDocument.title}
                  </a>{' '}
                  <span className="file-info">
                    (PDF
                    {plan.fullDocument.filesize
                      ? `, ${Math.max(1, Math.round(plan.fullDocument.filesize / 1024))} kB`
                      : ''}
                    )
                  </span>
                </p>
              ) : null}
            </section>
          ) : null}

          {plan.budget ? (
            <BudgetSection
              budget={plan.budget}
              monthlyIncome={monthlyIncome}
              pagePath={plan.path}
              taxRate={plan.tax.rate}
            />
          ) : null}

          {plan.heroImage ? (
            <figure>
              <img
                alt={plan.heroImage.alt}
                height={plan.heroImage.height ?? undefined}
                src={plan.heroImage.url}
                width={plan.heroImage.width ?? undefined}
              />
              {plan.heroImage.caption ? <figcaption>{plan.heroImage.caption}</figcaption> : null}
            </figure>
          ) : null}

          <section aria-labelledby="uppfoljning">
            <h2 id="uppfoljning">Fokusområden och mål</h2>
            {plan.progress.percent !== null ? (
              <p>
                Årets insatser har kommit {plan.progress.percent} % av vägen (
                {plan.progress.counts.done} klara, {plan.progress.counts.ongoing} pågår,{' '}
                {plan.progress.counts.planned} planerade).
              </p>
            ) : null}
            {plan.focusAreas.map((area) => (
              <section aria-labelledby={`omrade-${area.id}`} key={area.id}>
                <h3 id={`omrade-${area.id}`}>{area.title}</h3>
                {area.description ? <p>{area.description}</p> : null}
                {area.goals.length > 0 ? (
                  <ul className="goals">
                    {area.goals.map((g) => (
                      <Goal
                        areaId={area.id}
                        goal={g}
                        group={plan.comparisonGroup}
                        key={g.id}
                        place={place}
                      />
                    ))}
                  </ul>
                ) : (
                  <p>Inga mål är kopplade till området ännu.</p>
                )}
              </section>
            ))}
          </section>

          <ChangeList changes={plan.changesSincePrevious} id="andrat-sedan-forra-aret" />
          <ChangeList changes={plan.changesSinceDecision} id="andrat-sedan-beslutet" />

          <section aria-labelledby="oppna-data">
            <h2 id="oppna-data">Öppna data</h2>
            <p>
              Målen, insatserna och besparingarna finns som öppna data ({plan.openData.licence}):{' '}
              <a href={plan.openData.json}>JSON</a>,{' '}
              <a href={`${plan.openData.csv}?table=goals`}>mål (CSV)</a>,{' '}
              <a href={`${plan.openData.csv}?table=indicator-series`}>
                indikatorvärden per år (CSV)
              </a>
              , <a href={`${plan.openData.csv}?table=initiatives`}>insatser (CSV)</a>,{' '}
              <a href={`${plan.openData.csv}?table=savings-measures`}>besparingar (CSV)</a>.
            </p>
          </section>
        </article>

        <aside aria-labelledby="dataskydd" className="notice">
          <h2 className="visually-hidden" id="dataskydd">
            Dataskydd
          </h2>
          {plan.dataProtectionNotice.text.split('\n\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {plan.dataProtectionNotice.pageUrl ? (
            <p>
              <a href={plan.dataProtectionNotice.pageUrl}>
                Läs mer om hur kommunen behandlar personuppgifter
              </a>
            </p>
          ) : null}
        </aside>

        <section aria-labelledby="synpunkter-rubrik" className="feedback" id="synpunkter">
          <h2 id="synpunkter-rubrik">{plan.feedbackForm.heading}</h2>
          <p>{plan.feedbackForm.intro}</p>
          <p>{plan.feedbackForm.thanks}</p>
          <p className="privacy">{plan.feedbackForm.privacy}</p>
          <FeedbackForm form={plan.feedbackForm} pagePath={pagePath} />
        </section>
      </main>
      <footer className="site-footer">
        {plan.pageUpdatedText ? <p>{plan.pageUpdatedText}</p> : null}
      </footer>
    </>
  )
}
