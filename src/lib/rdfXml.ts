import type { Quad, Term } from 'n3'

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** `prefix:local` for an IRI in one of `prefixes` whose rest is an XML name; else undefined. */
const qname = (iri: string, prefixes: Record<string, string>) => {
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    const local = iri.startsWith(namespace) ? iri.slice(namespace.length) : undefined
    if (local && /^[A-Za-z_][\w.-]*$/.test(local)) return `${prefix}:${local}`
  }
  return undefined
}

const nodeAttribute = (term: Term, name: 'about' | 'resource') =>
  term.termType === 'BlankNode'
    ? `rdf:nodeID="${escape(term.value)}"`
    : `rdf:${name}="${escape(term.value)}"`

/**
 * A graph as RDF/XML (what Sveriges dataportal harvests): one `rdf:Description` per subject, IRIs
 * as `rdf:resource`, blank nodes as `rdf:nodeID`, literals with their language or datatype. Every
 * predicate must lie in one of `prefixes` (RDF/XML writes predicates as element names).
 */
export const toRdfXml = (quads: Quad[], prefixes: Record<string, string>): string => {
  const namespaces = { rdf: RDF, ...prefixes }
  const bySubject = new Map<string, { subject: Term; quads: Quad[] }>()
  for (const quad of quads) {
    const key = `${quad.subject.termType}:${quad.subject.value}`
    const entry = bySubject.get(key) ?? { quads: [], subject: quad.subject }
    entry.quads.push(quad)
    bySubject.set(key, entry)
  }
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<rdf:RDF ${Object.entries(namespaces)
      .map(([prefix, iri]) => `xmlns:${prefix}="${escape(iri)}"`)
      .join(' ')}>`,
  ]
  for (const { quads: own, subject } of bySubject.values()) {
    lines.push(`  <rdf:Description ${nodeAttribute(subject, 'about')}>`)
    for (const { object, predicate } of own) {
      const element = qname(predicate.value, namespaces)
      if (!element) throw new Error(`RDF/XML: no prefix for the predicate ${predicate.value}`)
      if (object.termType === 'Literal') {
        const attribute = object.language
          ? ` xml:lang="${escape(object.language)}"`
          : object.datatype.value === 'http://www.w3.org/2001/XMLSchema#string'
            ? ''
            : ` rdf:datatype="${escape(object.datatype.value)}"`
        lines.push(`    <${element}${attribute}>${escape(object.value)}</${element}>`)
      } else {
        lines.push(`    <${element} ${nodeAttribute(object, 'resource')}/>`)
      }
    }
    lines.push('  </rdf:Description>')
  }
  lines.push('</rdf:RDF>', '')
  return lines.join('\n')
}
