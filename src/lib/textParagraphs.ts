/** The paragraphs of a plain text: split at blank lines, trimmed, empty ones dropped. */
export const textParagraphs = (text: null | string | undefined): string[] =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
