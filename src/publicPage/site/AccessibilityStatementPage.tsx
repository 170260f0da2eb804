import type { PublicPage } from '../../shape/publicPageShape'
import type { FeedbackFormState } from './feedbackFormState'

import { ACCESSIBILITY_COMPLIANCE, ACCESSIBILITY_METHODS } from '../../lib/accessibilityStatement'
import { textParagraphs } from '../../lib/textParagraphs'
import { FeedbackForm } from './FeedbackForm'
import { EMPTY_FEEDBACK_FORM } from './feedbackFormState'
import { feedbackFormWords, pageWords } from './pageWords'
import { SiteFrame } from './SiteFrame'

/** Where a resident turns when the organisation does not answer: Digg's form for the DOS act. */
export const DIGG_REPORT_URL =
  'https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet'

const WORDS = {
  en: {
    assessedOn: (date: string) => `The latest assessment was made on ${date}.`,
    automated:
      'Every release of the website is also checked automatically: each public page is tested with axe against WCAG 2.1 level AA, at 320 pixels wide and at 200 % zoom.',
    cannotUse: 'What you can do if you cannot use parts of the website',
    cannotUseText: (phone: string) =>
      `If you need content from the website in another format, contact us${phone} and we will help you.`,
    heading: 'Accessibility of the goals and budget website',
    intro: (organisation: string) =>
      `${organisation} is responsible for this website. We want as many people as possible to be able to use it. This text describes how the website complies with the act on accessibility to digital public services, the accessibility problems we know of, and how you can report shortcomings to us so that we can fix them.`,
    howAccessible: 'How accessible is the website?',
    noShortcomings: 'We know of no content that is not accessible.',
    report: 'Report a problem with the website’s accessibility',
    reportText:
      'If you find a problem that is not described on this page, or you think we do not meet the requirements of the act, tell us with the form below, so that we know the problem exists.',
    shortcomings: 'Content that is not accessible',
    supervision: 'Supervision',
    supervisionText:
      'The Agency for Digital Government (Digg) supervises the act on accessibility to digital public services. If you are not satisfied with how we handle your views, you can contact Digg and report it.',
    supervisionLink: 'Report to Digg',
    tested: 'How we tested the website',
  },
  sv: {
    assessedOn: (date: string) => `Den senaste bedömningen gjordes den ${date}.`,
    automated:
      'Varje ny version av webbplatsen kontrolleras också automatiskt: varje publik sida testas med axe mot WCAG 2.1 nivå AA, i 320 pixlars bredd och förstorad till 200 %.',
    cannotUse: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    cannotUseText: (phone: string) =>
      `Om du behöver innehåll från webbplatsen i ett annat format kan du kontakta oss${phone} så hjälper vi dig.`,
    heading: 'Tillgänglighet för webbplatsen om mål och budget',
    intro: (organisation: string) =>
      `${organisation} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Den här texten beskriver hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, vilka tillgänglighetsproblem vi känner till och hur du kan rapportera brister till oss så att vi kan åtgärda dem.`,
    howAccessible: 'Hur tillgänglig är webbplatsen?',
    noShortcomings: 'Vi känner inte till något innehåll som inte är tillgängligt.',
    report: 'Rapportera brister i webbplatsens tillgänglighet',
    reportText:
      'Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, meddela oss med formuläret nedan så att vi får veta att problemet finns.',
    shortcomings: 'Innehåll som inte är tillgängligt',
    supervision: 'Tillsyn',
    supervisionText:
      'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn för lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
    supervisionLink: 'Anmäl till Digg',
    tested: 'Hur vi testat webbplatsen',
  },
} as const

/**
 * The accessibility statement (tillgänglighetsredogörelse) in DIGG's model, from the site settings:
 * how far the site complies with the DOS act, the known shortcomings, what to do when something
 * cannot be used, how to report a problem — a form whose reports reach staff marked as such — the
 * supervisory authority, and how the site was assessed. Framed like the plan's pages.
 */
export const AccessibilityStatementPage = ({
  feedbackAction,
  plan,
  receipt,
}: {
  feedbackAction: string
  /** The latest published plan: the site's look, the feedback form's labels. */
  plan: PublicPage
  receipt: FeedbackFormState['receipt'] | null
}) => {
  const statement = plan.site.accessibilityStatement
  if (!statement) return null
  const { locale } = plan
  const words = WORDS[locale]
  const page = pageWords(locale)
  const compliance = ACCESSIBILITY_COMPLIANCE.find((c) => c.value === statement.compliance)
  const method = ACCESSIBILITY_METHODS.find((m) => m.value === statement.assessmentMethod)
  const phone = [plan.site.customerService, plan.site.contactPhone].filter(Boolean).join(', ')
  const assessedOn = statement.assessedOn
    ? new Date(statement.assessedOn).toLocaleDateString(locale === 'en' ? 'en-GB' : 'sv-SE', {
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
        year: 'numeric',
      })
    : null
  return (
    <SiteFrame languagePath={statement.path} plan={plan} words={page}>
      <main className="accessibility-statement" id="innehall" tabIndex={-1}>
        <article>
          <h1>{words.heading}</h1>
          <p>{words.intro(plan.organisation)}</p>
          <section aria-labelledby="hur-tillganglig">
            <h2 id="hur-tillganglig">{words.howAccessible}</h2>
            <p>{compliance?.statement[locale]}</p>
          </section>
          <section aria-labelledby="brister">
            <h2 id="brister">{words.shortcomings}</h2>
            {statement.shortcomings.length > 0 ? (
              <ul>
                {statement.shortcomings.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            ) : (
              <p>{words.noShortcomings}</p>
            )}
          </section>
          <section aria-labelledby="om-du-inte-kan">
            <h2 id="om-du-inte-kan">{words.cannotUse}</h2>
            <p>{words.cannotUseText(phone ? ` (${phone})` : '')}</p>
          </section>
          <section aria-labelledby="rapportera" className="feedback" id="synpunkter">
            <h2 id="rapportera">{words.report}</h2>
            <p>{words.reportText}</p>
            {textParagraphs(statement.howToReport).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
            <p className="privacy">{plan.feedbackForm.privacy}</p>
            <FeedbackForm
              action={feedbackAction}
              form={plan.feedbackForm}
              initial={receipt ? { ...EMPTY_FEEDBACK_FORM, receipt } : undefined}
              locale={locale}
              page={plan.path}
              topic="accessibility"
              words={feedbackFormWords(page)}
            />
          </section>
          <section aria-labelledby="tillsyn">
            <h2 id="tillsyn">{words.supervision}</h2>
            <p>{words.supervisionText}</p>
            <p>
              <a href={DIGG_REPORT_URL}>{words.supervisionLink}</a>
            </p>
          </section>
          <section aria-labelledby="hur-testat">
            <h2 id="hur-testat">{words.tested}</h2>
            {method ? <p>{method.sentence[locale]}</p> : null}
            {assessedOn ? <p>{words.assessedOn(assessedOn)}</p> : null}
            <p>{words.automated}</p>
          </section>
        </article>
      </main>
    </SiteFrame>
  )
}
