import type { ReactNode } from 'react'

import type { PublicPage } from '../../shape/publicPageShape'
import type { PageWords } from './pageWords'

import { FONT_STACKS } from '../../globals/appearanceField'

/**
 * The public pages' header: the skip link, the organisation with its logo, the language switch
 * (to the same page in the other language), the preview banner and the year switcher. `current`:
 * the year whose page this is (none on a page that is not a year's own, such as the decided one).
 */
const SiteHeader = ({
  current,
  languagePath,
  plan,
  preview = false,
  words,
}: {
  current?: number
  /** This page's address without the language prefix. */
  languagePath: string
  plan: PublicPage
  preview?: boolean
  words: PageWords
}) => (
  <>
    <a className="skip-link" href="#innehall">
      {words.skipLink}
    </a>
    <header className="site-header">
      <div className="site-header__inner">
        <p className="organisation">
          {plan.site.logo ? (
            <img
              alt={plan.site.logo.alt}
              className="logo"
              height={plan.site.logo.height ?? undefined}
              src={plan.site.logo.url}
              width={plan.site.logo.width ?? undefined}
            />
          ) : null}
          <span>{plan.organisation}</span>
        </p>
        <a
          className="language-switch"
          href={words.language.href(plan.locale === 'en' ? `/en${languagePath}` : languagePath)}
          hrefLang={words.language.lang}
          lang={words.language.lang}
        >
          <span className="visually-hidden">{words.language.label}: </span>
          {words.language.name}
        </a>
      </div>
      {preview ? (
        <p className="preview-banner" role="status">
          {words.previewBanner}
        </p>
      ) : null}
      {plan.editions.length > 1 ? (
        <nav aria-label={words.yearSwitcher} className="year-switcher">
          <ul>
            {plan.editions.map((e) => (
              <li key={e.year}>
                <a
                  aria-current={e.year === current ? 'page' : undefined}
                  href={plan.locale === 'en' ? `/en${e.path}` : e.path}
                >
                  {e.year}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  </>
)

const SiteFooter = ({ plan, words }: { plan: PublicPage; words: PageWords }) => {
  const { site } = plan
  // The statement kept in the settings, on this site; else the organisation's own page, if any.
  const statementHref = site.accessibilityStatement
    ? `${plan.locale === 'en' ? '/en' : ''}${site.accessibilityStatement.path}`
    : site.accessibilityStatementUrl
  return (
    <footer className="site-footer">
      {plan.pageUpdatedText ? <p>{plan.pageUpdatedText}</p> : null}
      <h2 className="visually-hidden">{words.contact}</h2>
      <ul className="footer-links">
        <li>{plan.organisation}</li>
        {site.customerService || site.contactPhone ? (
          <li>{[site.customerService, site.contactPhone].filter(Boolean).join(', ')}</li>
        ) : null}
        {statementHref ? (
          <li>
            <a href={statementHref}>{words.accessibility}</a>
          </li>
        ) : null}
        {site.dataProtectionUrl ? (
          <li>
            <a href={site.dataProtectionUrl}>{words.dataProtection}</a>
          </li>
        ) : null}
      </ul>
    </footer>
  )
}

/**
 * Where a page lies under the plan's page: a list of links, the last one this page
 * (`aria-current`), named for screen readers by `label`.
 */
export const Breadcrumbs = ({
  label,
  trail,
}: {
  label: string
  trail: { href: string; text: string }[]
}) => (
  <nav aria-label={label} className="breadcrumbs">
    <ol>
      {trail.map((step, i) => (
        <li key={step.href}>
          <a aria-current={i === trail.length - 1 ? 'page' : undefined} href={step.href}>
            {step.text}
          </a>
        </li>
      ))}
    </ol>
  </nav>
)

/**
 * What every public page of a plan stands in: the organisation's look (logo, colours, typeface
 * from the site settings, as CSS custom properties), the header and the footer with its contact
 * details; `children` is the page's `<main>` and what goes beside it.
 */
export const SiteFrame = ({
  children,
  ...header
}: Parameters<typeof SiteHeader>[0] & { children: ReactNode }) => {
  const { plan, words } = header
  const theme = {
    '--mob-accent': plan.site.accentColor,
    '--mob-font': FONT_STACKS[plan.site.fontStack],
    '--mob-primary': plan.site.primaryColor,
  } as React.CSSProperties
  return (
    <div className="mob-page" style={theme}>
      <SiteHeader {...header} />
      {children}
      <SiteFooter plan={plan} words={words} />
    </div>
  )
}
