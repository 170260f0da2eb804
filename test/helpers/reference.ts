import fs from 'node:fs'
import path from 'node:path'

/** Collapses all white space (non-breaking spaces included) to single spaces. */
export const normalize = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** The non-empty lines of the reference page, normalised, with list bullets removed. */
export const referenceLines = (): string[] => {
  const file = path.resolve(
    import.meta.dirname ?? '.',
    '../fixtures/hedemora-mal-och-budget-2021.txt',
  )
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => normalize(line).replace(/^• /, ''))
    .filter((line) => line !== '')
}
