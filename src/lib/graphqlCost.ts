import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'

/** Bounds on a GraphQL document, checked in one pass over it before any validation. */
export type GraphQLLimits = {
  /** Most aliased fields. */
  maxAliases: number
  /** Deepest selection (fields within fields), fragments followed. */
  maxDepth: number
  /** Most fields, every fragment spread counted where it is used. */
  maxFields: number
  /** Longest chain of fragments spread within fragments. */
  maxFragmentDepth: number
}

/** Why a document is refused, in Swedish and English; undefined when it is within the limits. */
export type CostVerdict = string | undefined

type Tally = { aliases: number; depth: number; fields: number }

/**
 * Measures a parsed document in time linear in its size — fragments are measured once each and
 * spread cycles refused — so that a hostile document (20,000 repeated fields, a fragment that
 * spreads itself, a deep nesting) is refused before GraphQL's own validation, whose overlap check
 * grows with the square of the field count.
 */
export const measureGraphQLDocument = (
  document: DocumentNode,
  limits: GraphQLLimits,
): CostVerdict => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition)
  }
  const measured = new Map<string, Tally & { chain: number }>()
  const inProgress = new Set<string>()
  let refusal: CostVerdict

  const fragment = (name: string): (Tally & { chain: number }) | undefined => {
    const known = measured.get(name)
    if (known) return known
    const definition = fragments.get(name)
    if (!definition) return { aliases: 0, chain: 0, depth: 0, fields: 0 } // validation names it
    if (inProgress.has(name)) {
      refusal = `Fragmentet "${name}" sprider sig självt / The fragment "${name}" spreads itself`
      return undefined
    }
    inProgress.add(name)
    const tally = selections(definition.selectionSet, 0)
    inProgress.delete(name)
    if (!tally) return undefined
    measured.set(name, tally)
    return tally
  }

  const selections = (
    set: SelectionSetNode,
    level: number,
  ): (Tally & { chain: number }) | undefined => {
    const sum = { aliases: 0, chain: 0, depth: 0, fields: 0 }
    for (const selection of set.selections) {
      let inner: (Tally & { chain: number }) | undefined
      if (selection.kind === 'Field') {
        sum.fields += 1
        if (selection.alias) sum.aliases += 1
        if (selection.selectionSet) {
          if (level + 1 > limits.maxDepth) {
            refusal = `Frågan är djupare än ${limits.maxDepth} nivåer / The query exceeds maximum operation depth of ${limits.maxDepth}`
            return undefined
          }
          inner = selections(selection.selectionSet, level + 1)
          if (inner) inner = { ...inner, depth: inner.depth + 1 }
        }
      } else if (selection.kind === 'InlineFragment') {
        inner = selections(selection.selectionSet, level)
      } else {
        const spread = fragment(selection.name.value)
        inner = spread && { ...spread, chain: spread.chain + 1 }
      }
      if (refusal) return undefined
      if (inner) {
        sum.fields += inner.fields
        sum.aliases += inner.aliases
        sum.depth = Math.max(sum.depth, inner.depth)
        sum.chain = Math.max(sum.chain, inner.chain)
      }
      if (sum.fields > limits.maxFields) {
        refusal = `Frågan har fler än ${limits.maxFields} fält / The query has more than ${limits.maxFields} fields`
        return undefined
      }
      if (sum.aliases > limits.maxAliases) {
        refusal = `Frågan har fler än ${limits.maxAliases} alias / The query has more than ${limits.maxAliases} aliases`
        return undefined
      }
      if (sum.chain > limits.maxFragmentDepth) {
        refusal = `Fragmenten är nästlade djupare än ${limits.maxFragmentDepth} / Fragments are nested deeper than ${limits.maxFragmentDepth}`
        return undefined
      }
    }
    return sum
  }

  // Validation looks at every operation of the document, so their fields count together.
  let total = 0
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') {
      if (definition.operation === 'subscription') {
        return 'Prenumerationer (subscription) stöds inte / Subscriptions are not supported'
      }
      total += selections(definition.selectionSet, 0)?.fields ?? 0
      if (total > limits.maxFields) {
        return `Frågan har fler än ${limits.maxFields} fält / The query has more than ${limits.maxFields} fields`
      }
    } else if (definition.kind === 'FragmentDefinition') {
      fragment(definition.name.value)
    } else {
      return 'Dokumentet får bara innehålla frågor och fragment / The document may only hold operations and fragments'
    }
    if (refusal) return refusal
  }
  return undefined
}
