import { type GoalHistoryEntry, goalHistory } from '../../followUp/goalHistory'
import type { PublicChanges, PublicGoal, PublicPage } from '../../shape/publicPageShape'

import './planPage.css'

import { GOAL_STATUS_OPTIONS, INITIATIVE_STATUS_OPTIONS, labelOf } from '../../lib/statusOptions'
import { placeName } from '../../lib/assessIndicator'
import { FeedbackForm } from './FeedbackForm'
import { FollowForm } from './FollowForm'
import { BudgetSection } from './BudgetSection'
import { IndicatorFigures } from './IndicatorFigures'
import { SiteFrame } from './SiteFrame'
import { EMPTY_FEEDBACK_FORM, type FeedbackFormState } from './feedbackFormState'
import { feedbackFormWords, type PageWords, pageWords } from './pageWords'

const Paragraphs = ({ lang, paragraphs }: { lang?: string; paragraphs: string[] }) =>
  paragraphs.map((p, i) => (
    <p key={i} lang={lang}>
      {p}
    </p>
  ))

// On the English page a text with no English of its own comes back as the Swedish one: it is
// marked as Swedish (screen readers read it as such) and the page says so once.
const untranslated = (text: unknown, swedish: unknown): 'sv' | undefined =>
  swedish !== undefined && JSON.stringify(text) === JSON.stringify(swedish) && Boolean(text)
    ? 'sv'
    : undefined

const Goal = ({
  areaId,
  cardPath,
  followUpPath,
  goal,
  group,
  history,
  locale,
  place,
  words,
}: {
  areaId: string
  /** The goal's card to embed on another site. */
  cardPath: string
  followUpPath: string
  goal: PublicGoal
  group: null | string
  history: GoalHistoryEntry[]
  locale: 'en' | 'sv'
  place: string
  words: PageWords
}) => (
  <li className="goal">
    <h4>{goal.title}</h4>
    <p>
      <span className={`status status-${goal.status}`}>
        {labelOf(GOAL_STATUS_OPTIONS, goal.status, locale)}
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
        words={words.indicator}
      />
    ))}
    {history.length > 0 ? (
      <div className="goal-history">
        <h5>{words.followUp.history}</h5>
        <ul>
          {history.map((entry) => (
            <li key={String(entry.reportId)}>
              <a href={`${followUpPath}/${entry.reportId}`}>{entry.reportTitle}</a>
              {`: ${entry.assessment}`}
            </li>
          ))}
        </ul>
      </div>
    ) : null}
    <p className="goal-card-link">
      <a href={cardPath}>{words.cardLink}</a>
    </p>
  </li>
)

const ChangeList = ({
  changes,
  id,
  words,
}: {
  changes: PublicChanges | null
  id: string
  words: PageWords
}) =>
  changes && changes.changes.length > 0 ? (
    <section aria-labelledby={id} className="changes">
      <h2 id={id}>{words.changesSince(changes.sinceLabel)}</h2>
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
 * and open data, in the organisation's own look (logo, colours, typeface from the site settings,
 * as CSS custom properties) with its contact details, in Swedish or English. `decided`: the
 * council-decided version, frozen, with a link to today's page. `swedish`: on the English page,
 * the same page in Swedish — a text that is the same in both has no translation and is marked so.
 */
export const PlanPage = ({
  decided = false,
  feedbackAction = '/api/public/feedback',
  feedbackReceipt = null,
  followAction = '/api/public/follow',
  monthlyIncome = null,
  plan,
  preview,
  swedish,
}: {
  decided?: boolean
  /** Where the feedback form posts: the plugin's feedback endpoint under the host's API route. */
  feedbackAction?: string
  /** A feedback just stored (the page's address carried its receipt after a post without script). */
  feedbackReceipt?: FeedbackFormState['receipt'] | null
  /** Where the form to follow by e-mail posts: the plugin's follow endpoint. */
  followAction?: string
  /** The tax-krona calculator's income from the page address (`?manadsinkomst=`), if any. */
  monthlyIncome?: null | number
  plan: PublicPage
  preview: boolean
  swedish?: PublicPage
}) => {
  const words = pageWords(plan.locale)
  const pagePath = plan.locale === 'en' ? `/en${plan.path}` : plan.path
  const place = placeName(plan.organisation)
  const other = swedish ?? undefined
  const lang = {
    economy: untranslated(plan.economy.paragraphs, other?.economy.paragraphs),
    intro: untranslated(plan.intro.paragraphs, other?.intro.paragraphs),
    subtitle: untranslated(plan.subtitle, other?.subtitle),
    title: untranslated(plan.title, other?.title),
    work: untranslated(plan.work.paragraphs, other?.work.paragraphs),
  }
  const history = goalHistory(plan.followUpReports)
  const latestReport = decided ? undefined : plan.followUpReports[0]
  const anyUntranslated = Object.values(lang).some(Boolean)
  return (
    <SiteFrame
      current={decided ? undefined : plan.year}
      languagePath={plan.path}
      plan={plan}
      preview={preview}
      words={words}
    >
      <main id="innehall" tabIndex={-1}>
        <article>
          {anyUntranslated ? <p className="translation-note">{words.notTranslated}</p> : null}
          <h1 lang={lang.title}>{plan.title}</h1>
          {plan.subtitle ? (
            <p className="subtitle" lang={lang.subtitle}>
              {plan.subtitle}
            </p>
          ) : null}
          {plan.easyRead && !decided ? (
            <p className="easy-read-link">
              <a href={`${pagePath}/lattlast`}>{words.easyReadLink}</a>
            </p>
          ) : null}
          {plan.decision ? (
            <div
              className={decided ? 'decided-banner' : 'decision'}
              role={decided ? 'note' : undefined}
            >
              {decided ? (
                <p>
                  {words.decidedNote(decisionWords(plan.decision))}
                  <a href={plan.decision.path.replace(/\/beslutad$/, '')}>{words.decidedToday}</a>.
                </p>
              ) : (
                <p>
                  {words.decision(decisionWords(plan.decision))}
                  <a href={plan.decision.path}>{words.decisionLink}</a>.
                </p>
              )}
              {plan.decision.correctionNote ? (
                <p>{words.decisionCorrection(plan.decision.correctionNote)}</p>
              ) : null}
            </div>
          ) : null}
          <Paragraphs lang={lang.intro} paragraphs={plan.intro.paragraphs} />
          {plan.work.heading || plan.work.paragraphs.length > 0 || plan.initiatives.length > 0 ? (
            <section aria-labelledby={plan.work.heading ? 'arbete' : undefined}>
              {plan.work.heading ? <h2 id="arbete">{plan.work.heading}</h2> : null}
              <Paragraphs lang={lang.work} paragraphs={plan.work.paragraphs} />
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
                          {labelOf(INITIATIVE_STATUS_OPTIONS, i.status, plan.locale)}
                        </span>
                        {' · '}
                        <span>{`${i.progress} % ${words.done}`}</span>
                      </span>
                      <progress
                        aria-label={words.percentDone(i.title, i.progress)}
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
              <Paragraphs lang={lang.economy} paragraphs={plan.economy.paragraphs} />
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
              pagePath={pagePath}
              taxRate={plan.tax.rate}
              words={words}
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
            <h2 id="uppfoljning">{words.focusAreasHeading}</h2>
            {plan.progress.percent !== null ? (
              <p>
                {words.progress(
                  plan.progress.percent,
                  plan.progress.counts.done,
                  plan.progress.counts.ongoing,
                  plan.progress.counts.planned,
                )}
              </p>
            ) : null}
            {latestReport ? (
              <p className="follow-up-link">
                <a href={`${pagePath}/uppfoljning`}>
                  {words.followUp.link(latestReport.report.title)}
                </a>
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
                        cardPath={`${plan.path}/mal/${g.id}/kort`}
                        goal={g}
                        followUpPath={`${pagePath}/uppfoljning`}
                        group={plan.comparisonGroup}
                        history={history.get(g.id) ?? []}
                        key={g.id}
                        locale={plan.locale}
                        place={place}
                        words={words}
                      />
                    ))}
                  </ul>
                ) : (
                  <p>{words.noGoals}</p>
                )}
              </section>
            ))}
          </section>

          <ChangeList
            changes={plan.changesSincePrevious}
            id="andrat-sedan-forra-aret"
            words={words}
          />
          <ChangeList
            changes={plan.changesSinceDecision}
            id="andrat-sedan-beslutet"
            words={words}
          />

          <section aria-labelledby="oppna-data">
            <h2 id="oppna-data">{words.openDataHeading}</h2>
            <p>
              {words.openDataText(plan.openData.licence)} <a href={plan.openData.json}>JSON</a>,{' '}
              <a href={`${plan.openData.csv}?table=goals`}>{words.openDataTables.goals}</a>,{' '}
              <a href={`${plan.openData.csv}?table=indicator-series`}>
                {words.openDataTables.indicators}
              </a>
              ,{' '}
              <a href={`${plan.openData.csv}?table=initiatives`}>
                {words.openDataTables.initiatives}
              </a>
              ,{' '}
              <a href={`${plan.openData.csv}?table=savings-measures`}>
                {words.openDataTables.measures}
              </a>
              {plan.followUpReports.length > 0 ? (
                <>
                  ,{' '}
                  <a href={`${plan.openData.csv}?table=assessments`}>
                    {words.openDataTables.assessments}
                  </a>
                </>
              ) : null}
              .
            </p>
          </section>
        </article>

        {decided || preview ? null : (
          <FollowForm action={followAction} plan={plan} words={words.follow} />
        )}

        <aside aria-labelledby="dataskydd" className="notice">
          <h2 className="visually-hidden" id="dataskydd">
            {words.dataProtection}
          </h2>
          {plan.dataProtectionNotice.text.split('\n\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {plan.dataProtectionNotice.pageUrl ? (
            <p>
              <a href={plan.dataProtectionNotice.pageUrl}>{words.dataProtectionLink}</a>
            </p>
          ) : null}
        </aside>

        <section aria-labelledby="synpunkter-rubrik" className="feedback" id="synpunkter">
          <h2 id="synpunkter-rubrik">{plan.feedbackForm.heading}</h2>
          <p>{plan.feedbackForm.intro}</p>
          <p>{plan.feedbackForm.thanks}</p>
          <p className="privacy">{plan.feedbackForm.privacy}</p>
          <FeedbackForm
            action={feedbackAction}
            form={plan.feedbackForm}
            initial={
              feedbackReceipt ? { ...EMPTY_FEEDBACK_FORM, receipt: feedbackReceipt } : undefined
            }
            locale={plan.locale}
            page={plan.path}
            words={feedbackFormWords(words)}
          />
        </section>
      </main>
    </SiteFrame>
  )
}
