import type { PublicPage } from '../../shape/publicPageShape'

import { GOAL_STATUS_OPTIONS, labelOf } from '../../lib/statusOptions'
import { textParagraphs } from '../../lib/textParagraphs'
import { pageWords } from './pageWords'
import { Breadcrumbs, SiteFrame } from './SiteFrame'

const WORDS = {
  en: {
    back: (title: string) => `The whole page: ${title}`,
    breadcrumb: 'You are here',
    goals: 'The goals',
    heading: 'Easy to read',
    status: 'How it is going',
  },
  sv: {
    back: (title: string) => `Hela sidan: ${title}`,
    breadcrumb: 'Du är här',
    goals: 'Målen',
    heading: 'Lättläst',
    status: 'Så går det',
  },
} as const

/**
 * The plan in easy Swedish (lättläst): the plan's easy-to-read text, then every goal in short
 * sentences — its own easy text where one is written, and how it is going in one line.
 * Large type, short lines, nothing but text and links.
 */
export const EasyReadPage = ({ path, plan }: { path: string; plan: PublicPage }) => {
  const words = WORDS[plan.locale]
  const prefix = plan.locale === 'en' ? '/en' : ''
  return (
    <SiteFrame languagePath={path} plan={plan} words={pageWords(plan.locale)}>
      <Breadcrumbs
        label={words.breadcrumb}
        trail={[
          { href: `${prefix}${plan.path}`, text: plan.title },
          { href: `${prefix}${path}`, text: words.heading },
        ]}
      />
      <main className="easy-read" id="innehall" tabIndex={-1}>
        <article>
          <h1>
            {words.heading}: {plan.title}
          </h1>
          {textParagraphs(plan.easyRead ?? '').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {plan.goals.length > 0 ? (
            <section aria-labelledby="malen">
              <h2 id="malen">{words.goals}</h2>
              {plan.goals.map((goal) => (
                <section aria-labelledby={`mal-${goal.id}`} key={goal.id}>
                  <h3 id={`mal-${goal.id}`}>{goal.title}</h3>
                  {textParagraphs(goal.easyRead ?? '').map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                  <p>
                    {words.status}: {labelOf(GOAL_STATUS_OPTIONS, goal.status, plan.locale)}.
                  </p>
                </section>
              ))}
            </section>
          ) : null}
          <p>
            <a href={`${prefix}${plan.path}`}>{words.back(plan.title)}</a>
          </p>
        </article>
      </main>
    </SiteFrame>
  )
}
