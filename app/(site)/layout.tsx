import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import './site.css'

export const metadata: Metadata = {
  description: 'Kommunens mål och budget: vad kommunen vill uppnå, vad den gör och hur det går.',
  title: { default: 'Mål och budget', template: '%s – Mål och budget' },
}

export const viewport: Viewport = { initialScale: 1, width: 'device-width' }

/** The public site: Swedish, plain CSS, nothing loaded from elsewhere. */
const SiteLayout = ({ children }: { children: ReactNode }) => (
  <html lang="sv">
    <body>{children}</body>
  </html>
)

export default SiteLayout
