import { Parser } from 'htmlparser2'

/** Script types that carry data, not code (structured data for search engines stays). */
const DATA_SCRIPT_TYPES = ['application/ld+json', 'application/json']

const isCode = (attributes: Record<string, string>): boolean =>
  !DATA_SCRIPT_TYPES.includes((attributes.type ?? '').trim().toLowerCase())

const preloadsScript = (attributes: Record<string, string>): boolean => {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/)
  return rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script')
}

/**
 * The page without its JavaScript: every `<script>` that holds or loads code and every preload of
 * a script taken out, the rest byte for byte as it was. Cut where an HTML parser (htmlparser2) sees
 * the elements, not by pattern, so text or an attribute that reads "<script" is left alone.
 */
export const htmlWithoutScripts = (html: string): string => {
  const cuts: [start: number, end: number][] = []
  let script: number | undefined
  const parser = new Parser(
    {
      onclosetag(name) {
        if (name !== 'script' || script === undefined) return
        cuts.push([script, parser.endIndex])
        script = undefined
      },
      onopentag(name, attributes) {
        if (name === 'script' && isCode(attributes)) script = parser.startIndex
        else if (name === 'link' && preloadsScript(attributes))
          cuts.push([parser.startIndex, parser.endIndex])
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  )
  parser.end(html)
  if (cuts.length === 0) return html
  let kept = ''
  let from = 0
  for (const [start, end] of cuts) {
    kept += html.slice(from, start)
    from = end + 1
  }
  return kept + html.slice(from)
}
