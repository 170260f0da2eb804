/** Most origins a site lets frame its goal cards. */
export const MAX_EMBED_ORIGINS = 20

/**
 * The origins (one per line, `https://www.hedemora.se`) that may show the goal cards in an
 * `<iframe>`: each as the browser writes it (scheme, host, port if not the default), or the reason
 * a line is not an origin — in Swedish and English, naming the line.
 */
export const parseEmbedOrigins = (
  text: null | string | undefined,
): { error: string } | { origins: string[] } => {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  if (lines.length > MAX_EMBED_ORIGINS)
    return {
      error: `Högst ${MAX_EMBED_ORIGINS} adresser / At most ${MAX_EMBED_ORIGINS} origins`,
    }
  const origins: string[] = []
  for (const line of lines) {
    let url: URL | undefined
    try {
      url = new URL(line)
    } catch {
      url = undefined
    }
    if (
      !url ||
      (url.protocol !== 'https:' && url.protocol !== 'http:') ||
      url.username ||
      url.password ||
      url.pathname !== '/' ||
      url.search ||
      url.hash ||
      line.endsWith('/.')
    )
      return {
        error: `"${line.slice(0, 80)}" är ingen webbplatsadress som https://www.exempel.se (utan sökväg) / is not an origin such as https://www.example.com (no path)`,
      }
    origins.push(url.origin)
  }
  return { origins: [...new Set(origins)] }
}
