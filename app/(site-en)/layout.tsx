import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  description:
    "The municipality's goals and budget: what it wants to achieve, what it does and how it goes.",
  title: { default: 'Goals and budget', template: '%s – Goals and budget' },
}

export const viewport: Viewport = { initialScale: 1, width: 'device-width' }

/** The public site in English (`/en/…`): the same page, its own words, the texts translated where they are. */
const EnglishSiteLayout = ({ children }: { children: ReactNode }) => (
  <html lang="en">
    <body style={{ margin: 0 }}>{children}</body>
  </html>
)

export default EnglishSiteLayout
