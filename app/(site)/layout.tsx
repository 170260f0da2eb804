import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  description: 'Kommunens mål och budget: vad kommunen vill uppnå, vad den gör och hur det går.',
  title: { default: 'Mål och budget', template: '%s – Mål och budget' },
}

export const viewport: Viewport = { initialScale: 1, width: 'device-width' }

/** The public site in Swedish: the page brings its own styles, nothing is loaded from elsewhere. */
const SiteLayout = ({ children }: { children: ReactNode }) => (
  <html lang="sv">
    <body style={{ margin: 0 }}>{children}</body>
  </html>
)

export default SiteLayout
