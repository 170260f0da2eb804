/** The usual LIX scale (läsbarhetsindex), lowest first. */
export const LIX_SCALE = [
  { below: 30, label: 'mycket lättläst' },
  { below: 40, label: 'lättläst' },
  { below: 50, label: 'medelsvår' },
  { below: 60, label: 'svår' },
  { below: Number.POSITIVE_INFINITY, label: 'mycket svår' },
] as const

/** Sentences longer than this many words get a warning. */
export const LONG_SENTENCE_WORDS = 35

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu

/** The words of a text (letters and digits, hyphenated words as one). */
export const wordsOf = (text: string): string[] => text.match(WORD) ?? []

/**
 * The sentences of a text: split after . ! ? : (and line breaks) followed by space and an upper-case
 * letter or digit, so "t.ex. en" and "2021-03-10" stay whole.
 */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?:])\s+(?=[\p{Lu}\p{N}"”»–-])/u))
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0)

/** LIX of a text: words per sentence plus the share of long words (over six letters) in per cent. */
export const lix = (text: string): null | number => {
  const words = wordsOf(text)
  const sentences = sentencesOf(text).length
  if (words.length === 0 || sentences === 0) return null
  const long = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length
  return words.length / sentences + (long * 100) / words.length
}

/** The LIX scale's words for a value. */
export const lixLabel = (value: number): string =>
  LIX_SCALE.find((step) => value < step.below)?.label ?? 'mycket svår'

// Swedish s-passive, as a rough signal: a verb form ending in -s/-ades/-as/-es/-ts after a stem,
// e.g. "beslutades", "genomförs", "prioriteras". Common words that end in -s but are no passives
// are left out.
const NOT_PASSIVE = new Set([
  'alltid',
  'annars',
  'bakom',
  'bland',
  'dess',
  'enligt',
  'eftersom',
  'finns',
  'fanns',
  'hans',
  'hennes',
  'ibland',
  'inför',
  'kommunens',
  'landets',
  'lagens',
  'längs',
  'mellan',
  'oss',
  'sedans',
  'snittets',
  'utanförskaps',
  'vems',
  'vars',
  'andras',
  'varandras',
  'dags',
  'hos',
  'tillsammans',
  'cirkus',
  'kaos',
  'plus',
  'minus',
  'buss',
  'fokus',
  'status',
  'process',
  'ersättnings',
  'hedemoras',
])

/** The words of a sentence that look like Swedish s-passives. */
export const passivesOf = (sentence: string): string[] =>
  wordsOf(sentence).filter((w) => {
    const word = w.toLowerCase()
    if (word.length < 6 || NOT_PASSIVE.has(word)) return false
    return /(?:[bcdfghjklmnprtvx]s|as|es)$/.test(word)
  })

/** A warning about a text, with the sentence it concerns when it concerns one. */
export type TextWarning = { message: string; sentence?: string }

/**
 * Warnings that do not block a publish: the text's LIX on the usual scale (from "svår" up), each
 * sentence over {@link LONG_SENTENCE_WORDS} words, and paragraphs where most sentences are passive.
 */
export const plainSwedishWarnings = (paragraphs: readonly string[]): TextWarning[] => {
  const text = paragraphs.join('\n')
  const warnings: TextWarning[] = []
  const value = lix(text)
  if (value !== null && value >= 50) {
    warnings.push({
      message: `LIX ${Math.round(value)} (${lixLabel(value)}): korta meningarna och byt långa ord mot kortare.`,
    })
  }
  for (const sentence of sentencesOf(text)) {
    const count = wordsOf(sentence).length
    if (count > LONG_SENTENCE_WORDS) {
      warnings.push({
        message: `Meningen har ${count} ord (mer än ${LONG_SENTENCE_WORDS}): dela upp den.`,
        sentence,
      })
    }
  }
  for (const paragraph of paragraphs) {
    const sentences = sentencesOf(paragraph)
    const passive = sentences.filter((s) => passivesOf(s).length > 0)
    if (sentences.length >= 2 && passive.length / sentences.length > 0.5) {
      warnings.push({
        message: `Många passiva verb (${passive.length} av ${sentences.length} meningar, t.ex. "${passivesOf(passive[0])[0]}"): skriv vem som gör vad.`,
        sentence: passive[0],
      })
    }
  }
  return warnings
}

/** The easy-to-read (lättläst) limits: LIX at most this… */
export const EASY_READ_LIX = 30
/** …and no sentence longer than this many words. */
export const EASY_READ_SENTENCE_WORDS = 15

/**
 * Warnings for an easy-to-read text, stricter than {@link plainSwedishWarnings}: its LIX over
 * {@link EASY_READ_LIX} and each sentence over {@link EASY_READ_SENTENCE_WORDS} words.
 */
export const easyReadWarnings = (paragraphs: readonly string[]): TextWarning[] => {
  const text = paragraphs.join('\n')
  const value = lix(text)
  return [
    ...(value !== null && value > EASY_READ_LIX
      ? [
          {
            message: `LIX ${Math.round(value)} är för högt för lättläst (högst ${EASY_READ_LIX}): korta meningarna och byt långa ord mot vardagliga.`,
          },
        ]
      : []),
    ...sentencesOf(text).flatMap((sentence) => {
      const count = wordsOf(sentence).length
      return count > EASY_READ_SENTENCE_WORDS
        ? [
            {
              message: `Meningen har ${count} ord, för många för lättläst (högst ${EASY_READ_SENTENCE_WORDS}): dela upp den.`,
              sentence,
            },
          ]
        : []
    }),
  ]
}
