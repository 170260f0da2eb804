import type { SanitizedConfig } from 'payload'

type Translations = Record<string, Record<string, unknown>>

/** Payload's messages it writes in English only, in Swedish. */
const PAYLOAD_ENGLISH_ONLY: Record<string, string> = {
  'Invalid JSON': 'Ogiltig JSON: kontrollera kroppen',
  'Missing ID of version.': 'Versionens id saknas.',
  'Missing ID of version to restore.': 'Id för versionen att återställa saknas.',
}

/** Payload's messages that name something, in both languages. */
const PATTERNS: [RegExp, (named: string) => string][] = [
  [
    /^(?:Följande fält är ogiltigt|The following field is invalid): (.*)$/s,
    (named) => `Följande fält är ogiltigt: ${named} / The following field is invalid: ${named}`,
  ],
  [
    /^(?:Följande fält är ogiltiga|The following fields are invalid): (.*)$/s,
    (named) => `Följande fält är ogiltiga: ${named} / The following fields are invalid: ${named}`,
  ],
  [
    /^The following path cannot be queried: (.*)$/s,
    (named) =>
      `Sökvägen kan inte användas i en fråga: ${named} / The following path cannot be queried: ${named}`,
  ],
]

const pairsOf = new WeakMap<object, Map<string, string>>()

/** Each of Payload's messages in Swedish or English, with the same message in both, "sv / en". */
const bilingualByMessage = (config: SanitizedConfig): Map<string, string> => {
  const known = pairsOf.get(config)
  if (known) return known
  const languages = config.i18n?.supportedLanguages as
    Record<string, { translations?: Translations } | undefined> | undefined
  const sv = languages?.sv?.translations ?? {}
  const en = languages?.en?.translations ?? {}
  const pairs = new Map<string, string>()
  for (const [namespace, keys] of Object.entries(en))
    for (const [key, english] of Object.entries(keys)) {
      const swedish = sv[namespace]?.[key]
      if (typeof english !== 'string' || typeof swedish !== 'string') continue
      if (english.includes('{{') || english === swedish) continue
      const both = `${swedish} / ${english}`
      pairs.set(english, both)
      pairs.set(swedish, both)
    }
  for (const [english, swedish] of Object.entries(PAYLOAD_ENGLISH_ONLY))
    pairs.set(english, `${swedish} / ${english}`)
  pairsOf.set(config, pairs)
  return pairs
}

/**
 * A message of Payload's own (a 404's "Hittades inte", "Invalid JSON") in Swedish and English,
 * as ours are; any other message as it is.
 */
export const inBothLanguages = (config: SanitizedConfig, message: string): string => {
  if (message.includes(' / ')) return message
  const known = bilingualByMessage(config).get(message.trim())
  if (known) return known
  for (const [pattern, both] of PATTERNS) {
    const match = pattern.exec(message)
    if (match) return both(match[1])
  }
  return message
}
