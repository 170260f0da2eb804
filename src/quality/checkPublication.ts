import type { PayloadRequest } from 'payload'

import type { QualityProblem } from './accessibilityChecks'
import type { TextWarning } from './plainSwedish'

import { idOf } from '../lib/idOf'
import { paragraphsOfRichText } from '../lib/richText'
import { assessmentProgress } from '../followUp/assessmentProgress'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import {
  altTextProblem,
  isGenericLinkText,
  richTextProblems,
  uploadsOf,
} from './accessibilityChecks'
import { easyReadWarnings, lix, lixLabel, plainSwedishWarnings } from './plainSwedish'

/** The content kinds the gate checks before they are published. */
export type CheckedKind = 'goal' | 'initiative' | 'measure' | 'plan' | 'report'

type Data = Record<string, unknown>

type Text = { field: string; label: string; paragraphs: string[]; rich?: unknown }

const at = (data: Data, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Data)[key] : undefined),
      data,
    )

const plain = (value: unknown): string[] =>
  typeof value === 'string' && value.trim() ? value.split(/\n\s*\n/).map((p) => p.trim()) : []

/** The texts of a document the checks read, by kind: rich texts and plain ones. */
const textsOf = (kind: CheckedKind, data: Data): Text[] => {
  const rich = (field: string, label: string): Text => ({
    field,
    label,
    paragraphs: paragraphsOfRichText(at(data, field)),
    rich: at(data, field),
  })
  const text = (field: string, label: string): Text => ({
    field,
    label,
    paragraphs: plain(at(data, field)),
  })
  switch (kind) {
    case 'plan':
      return [
        rich('intro', 'Ingressen'),
        text('vision', 'Visionen'),
        text('easyRead', 'Den lättlästa texten'),
        rich('workSection.body', 'Avsnittet om arbetet'),
        rich('economySection.body', 'Avsnittet om ekonomin'),
      ]
    case 'initiative':
      return [rich('description', 'Beskrivningen')]
    case 'goal':
      return [
        text('description', 'Beskrivningen'),
        text('rationale', 'Varför målet valts'),
        text('easyRead', 'Den lättlästa texten'),
      ]
    case 'measure':
      return [text('description', 'Beskrivningen')]
    case 'report':
      return [text('summary', 'Sammanfattningen')]
  }
}

/**
 * What stops a publish of a plan, goal, initiative or measure (each problem with its field):
 * images without alt text or with a file name for one, rich texts with skipping heading levels or
 * more than one h1, links that say "här" or "läs mer", the full budget document without title or
 * size or with a link text that says nothing, sections with a heading but no text, and a follow-up
 * report with a goal not yet assessed.
 */
export const publicationProblems = async (
  req: PayloadRequest,
  kind: CheckedKind,
  data: Data,
  { latestFiles = false }: { latestFiles?: boolean } = {},
): Promise<QualityProblem[]> => {
  const { slugs } = pluginOptionsOf(req.payload.config)
  const problems: QualityProblem[] = []
  const images: { field: string; id: unknown }[] = []
  for (const t of textsOf(kind, data)) {
    if (t.rich === undefined) continue
    problems.push(...richTextProblems(t.field, t.label, t.rich))
    images.push(...uploadsOf(t.rich).map((id) => ({ field: t.field, id: idOf(id) ?? id })))
  }
  if (kind === 'report') {
    const id = idOf(data.id)
    const { missing } = id === undefined ? { missing: [] } : await assessmentProgress(req, id)
    if (id === undefined)
      problems.push({
        field: 'assessed',
        message:
          'Spara rapporten som utkast först: målens bedömningar skapas när rapporten öppnas.',
      })
    else if (missing.length > 0)
      problems.push({
        field: 'assessed',
        message: `${missing.length} mål saknar bedömning: ${missing.join(', ')}. Välj "Kan inte bedömas" där underlag saknas.`,
      })
  }
  if (kind === 'plan') {
    for (const [section, label] of [
      ['workSection', 'Så här jobbar vi för dig'],
      ['economySection', 'Ekonomi och kommunalskatt'],
    ] as const) {
      const heading = at(data, `${section}.heading`)
      if (
        typeof heading === 'string' &&
        heading.trim() &&
        paragraphsOfRichText(at(data, `${section}.body`)).length === 0
      ) {
        problems.push({
          field: `${section}.body`,
          message: `Avsnittet "${heading.trim() || label}" har en rubrik men ingen text.`,
        })
      }
    }
    if (idOf(data.heroImage) !== undefined)
      images.push({ field: 'heroImage', id: idOf(data.heroImage) })
    const documentId = idOf(at(data, 'fullDocument.file'))
    if (documentId !== undefined) {
      const { docs } = await req.payload.find({
        collection: slugs.documents,
        depth: 0,
        draft: latestFiles,
        limit: 1,
        overrideAccess: true,
        req,
        where: { id: { equals: documentId } },
      })
      const document = docs[0]
      if (!document?.title?.trim()) {
        problems.push({
          field: 'fullDocument.file',
          message: 'Budgetdokumentet (PDF) saknar titel.',
        })
      }
      if (document && !document.filesize) {
        problems.push({
          field: 'fullDocument.file',
          message:
            'Budgetdokumentets storlek saknas, så "(PDF, storlek)" kan inte visas; ladda upp filen igen.',
        })
      }
      const linkText = at(data, 'fullDocument.linkText')
      if (typeof linkText === 'string' && isGenericLinkText(linkText)) {
        problems.push({
          field: 'fullDocument.linkText',
          message: `Länktexten "${linkText}" säger inte vad som öppnas; skriv t.ex. "Hela Mål och budget 2021".`,
        })
      }
    }
  }
  const ids = images.map((i) => i.id).filter((id) => id !== undefined)
  if (ids.length > 0) {
    const { docs } = await req.payload.find({
      collection: slugs.media,
      depth: 0,
      draft: latestFiles,
      limit: ids.length,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { in: ids } },
    })
    const alts = new Map(docs.map((m) => [String(m.id), m.alt]))
    for (const image of images) {
      const problem = altTextProblem(image.field, alts.get(String(image.id)))
      if (problem) problems.push(problem)
    }
  }
  return problems
}

/** A warning with the field it concerns. */
export type QualityWarning = TextWarning & { field: string }

/**
 * A plan made from last year's keeps last year's words until someone changes them: a text (or the
 * title) that still names the year before the plan's is pointed out — "under 2021" in the 2022 plan.
 */
const lastYearWarnings = (kind: CheckedKind, data: Data): QualityWarning[] => {
  const year = data.year
  if (kind !== 'plan' || typeof year !== 'number') return []
  const previous = new RegExp(`\\b${year - 1}\\b`)
  const named = [
    { field: 'title', label: 'Rubriken', paragraphs: plain(data.title) },
    { field: 'subtitle', label: 'Underrubriken', paragraphs: plain(data.subtitle) },
    ...textsOf(kind, data),
    {
      field: 'workSection.heading',
      label: 'Rubriken om arbetet',
      paragraphs: plain(at(data, 'workSection.heading')),
    },
    {
      field: 'workSection.initiativesLead',
      label: 'Inledningen till insatserna',
      paragraphs: plain(at(data, 'workSection.initiativesLead')),
    },
    {
      field: 'economySection.heading',
      label: 'Rubriken om ekonomin',
      paragraphs: plain(at(data, 'economySection.heading')),
    },
    {
      field: 'economySection.savingsLead',
      label: 'Inledningen till besparingarna',
      paragraphs: plain(at(data, 'economySection.savingsLead')),
    },
  ]
  return named.flatMap((t) => {
    const sentence = t.paragraphs.find((p) => previous.test(p))
    return sentence
      ? [
          {
            field: t.field,
            message: `${t.label} nämner ${year - 1}, men planen gäller ${year}: står det kvar från förra årets plan?`,
            sentence: sentence.slice(0, 200),
          },
        ]
      : []
  })
}

/** The LIX of each text and the warnings that do not block a publish (long sentences, passives). */
export const publicationWarnings = (
  kind: CheckedKind,
  data: Data,
): {
  lix: { field: string; label: string; lix: number; scale: string }[]
  warnings: QualityWarning[]
} => {
  const texts = textsOf(kind, data).filter((t) => t.paragraphs.length > 0)
  return {
    lix: texts.flatMap((t) => {
      const value = lix(t.paragraphs.join('\n'))
      return value === null
        ? []
        : [{ field: t.field, label: t.label, lix: Math.round(value), scale: lixLabel(value) }]
    }),
    warnings: [
      ...lastYearWarnings(kind, data),
      ...texts.flatMap((t) =>
        (t.field === 'easyRead' ? easyReadWarnings : plainSwedishWarnings)(t.paragraphs).map(
          (w) => ({ ...w, field: t.field }),
        ),
      ),
    ],
  }
}
