import type { ReactNode } from 'react'

const SiteLayout = ({ children }: { children: ReactNode }) => (
  <html lang="sv">
    <body>{children}</body>
  </html>
)

export default SiteLayout
