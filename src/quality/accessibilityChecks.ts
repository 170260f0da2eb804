import type { LexicalNode } from '../lib/richText'

/** A problem that stops a publish, with the field it concerns (a dot path) and what to do. */
export type QualityProblem = { field: string; message: string }

const GENERIC_LINK_TEXTS = new Set([
  'här',
  'klicka här',
  'läs mer',
  'klicka',
  'länk',
  'här!',
  'mer',
])

/** Whether a link's whole text says nothing of where it goes ("här", "läs mer", a bare address). */
export const isGenericLinkText = (text: string): boolean => {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.:!]+$/, '')
  return GENERIC_LINK_TEXTS.has(t) || /^(https?:\/\/|www\.)\S+$/.test(t) || t === ''
}

/** Whether an alt text looks like a file name ("IMG_2034.jpg", "DSC0012", "bild-3.png"). */
export const isFileNameLike = (alt: string): boolean => {
  const a = alt.trim()
  return (
    /\.(jpe?g|png|gif|webp|svg|tiff?|heic|bmp)$/i.test(a) ||
    /^(img|dsc|dscn|dcim|image|bild|photo|foto|screenshot|skärmbild|pxl)[-_ ]?\d+/i.test(a) ||
    /^[\w-]*\d{4,}[\w-]*$/.test(a)
  )
}

/** The alt-text problem of an image, if any. */
export const altTextProblem = (
  field: string,
  alt: null | string | undefined,
): null | QualityProblem => {
  if (!alt || !alt.trim())
    return { field, message: 'Bilden saknar alternativtext: beskriv vad bilden visar.' }
  if (isFileNameLike(alt))
    return {
      field,
      message: `Alternativtexten "${alt}" ser ut som ett filnamn: beskriv vad bilden visar.`,
    }
  return null
}

const textOf = (node: LexicalNode): string =>
  node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(textOf).join('')

const walk = (nodes: readonly LexicalNode[], visit: (node: LexicalNode) => void): void => {
  for (const node of nodes) {
    visit(node)
    if (node.children) walk(node.children, visit)
  }
}

/** The ids of images (uploads) placed in a rich text. */
export const uploadsOf = (state: unknown): unknown[] => {
  const root = (state as { root?: { children?: LexicalNode[] } } | null)?.root
  const found: unknown[] = []
  walk(root?.children ?? [], (node) => {
    if (node.type === 'upload') found.push(node.value)
  })
  return found
}

/**
 * The problems of one rich text that stop a publish: more than one h1, heading levels that skip
 * (h2 → h4), and links whose whole text is "här", "klicka här", "läs mer" or a bare address.
 */
export const richTextProblems = (
  field: string,
  label: string,
  state: unknown,
): QualityProblem[] => {
  const root = (state as { root?: { children?: LexicalNode[] } } | null)?.root
  if (!root?.children) return []
  const problems: QualityProblem[] = []
  let previous = 0
  let h1 = 0
  walk(root.children, (node) => {
    if (node.type === 'heading' && typeof node.tag === 'string' && /^h[1-6]$/.test(node.tag)) {
      const level = Number(node.tag.slice(1))
      if (level === 1) h1 += 1
      if (previous > 0 && level > previous + 1) {
        problems.push({
          field,
          message: `${label}: rubriknivåerna hoppar från h${previous} till h${level} ("${textOf(node).slice(0, 60)}"); använd h${previous + 1}.`,
        })
      }
      previous = level
    }
    if ((node.type === 'link' || node.type === 'autolink') && isGenericLinkText(textOf(node))) {
      problems.push({
        field,
        message: `${label}: länktexten "${textOf(node).trim()}" säger inte vart länken leder; skriv ut målet, t.ex. "Läs hela budgetdokumentet".`,
      })
    }
  })
  if (h1 > 1)
    problems.push({
      field,
      message: `${label}: texten har ${h1} rubriker på nivå h1; sidan har redan sin h1.`,
    })
  return problems
}
