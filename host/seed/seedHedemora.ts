import type { CollectionSlug, DefaultDocumentIDType, Payload, Where } from 'payload'

import {
  DEFAULT_LICENCE,
  DEFAULT_SLUGS,
  foldSlug,
  PAGE_UPDATED_AT,
  PRIVACY_DEFAULT,
  richTextFromParagraphs,
} from 'mal-och-budget'

import { hedemora2021, hedemoraSettings } from './hedemora2021'
import { hedemoraFocusAreas, hedemoraGoals, hedemoraInitiativeLinks } from './hedemoraStructure'
import { placeholderImage, placeholderPdf } from './placeholderFiles'

/** What a seed run did, for the log. */
export type SeedReport = { created: string[]; existing: string[] }

// On MongoDB the ids are strings at run time; the generated types describe SQLite's numbers.
type ID = DefaultDocumentIDType

const IMAGE_NAME = 'hedemora-2021-postlador.jpg'
const PDF_NAME = 'hedemora-mal-och-budget-2021.pdf'
/** Every change the seed makes is dated like the reference page: "Sida uppdaterad 2021-03-10" (noon in Stockholm). */
const context = {
  [PAGE_UPDATED_AT]: new Date(`${hedemora2021.pageUpdatedAt}T12:00:00+01:00`).toISOString(),
}

/**
 * Loads the Hedemora 2021 content and publishes it. Idempotent: what exists (found by its natural
 * key: year, slug, file name, or title within the plan) is left as it is, so a second run creates
 * nothing and an editor's later changes are never overwritten.
 */
export const seedHedemora = async (payload: Payload): Promise<SeedReport> => {
  const report: SeedReport = { created: [], existing: [] }

  const findOne = async (collection: CollectionSlug, where: Where): Promise<ID | undefined> => {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      draft: true,
      limit: 1,
      pagination: false,
      where,
    })
    return docs[0]?.id
  }

  const ensure = async (
    label: string,
    collection: CollectionSlug,
    where: Where,
    create: () => Promise<{ id: ID }>,
  ) => {
    const existing = await findOne(collection, where)
    if (existing !== undefined) {
      report.existing.push(label)
      return existing
    }
    const created = await create()
    report.created.push(label)
    return created.id
  }

  const settings = await payload.findGlobal({ slug: DEFAULT_SLUGS.siteSettings, depth: 0 })
  if (!settings.noticeVersion) {
    await payload.updateGlobal({
      slug: DEFAULT_SLUGS.siteSettings,
      data: {
        accessibilityStatementUrl: hedemoraSettings.accessibilityStatementUrl,
        contactPhone: hedemoraSettings.contactPhone,
        customerServiceName: hedemoraSettings.customerServiceName,
        dataProtectionNotice: richTextFromParagraphs([hedemoraSettings.dataProtectionNotice]),
        dataProtectionUrl: hedemoraSettings.dataProtectionUrl,
        feedbackForm: {
          emailLabel: hedemoraSettings.emailLabel,
          heading: hedemoraSettings.feedbackHeading,
          intro: hedemoraSettings.feedbackIntro,
          messageLabel: hedemoraSettings.messageLabel,
          nameLabel: hedemoraSettings.nameLabel,
          privacy: PRIVACY_DEFAULT,
          thanks: hedemoraSettings.feedbackThanks,
        },
        // Hedemora's id in Kolada (SCB's municipality code); figures come only from an import.
        kolada: { municipalityId: '2083' },
        openDataLicence: DEFAULT_LICENCE,
        organisationName: hedemoraSettings.organisationName,
        organisationNumber: hedemoraSettings.organisationNumber,
      },
    })
    report.created.push('webbplatsinställningar och dataskyddsinformation')
  } else {
    report.existing.push('webbplatsinställningar')
  }

  const focusIds = new Map<string, ID>()
  for (const [order, area] of hedemoraFocusAreas.entries()) {
    const id = await ensure(
      `fokusområde ${area.title}`,
      DEFAULT_SLUGS.focusAreas,
      { slug: { equals: area.slug } },
      () =>
        payload.create({
          context,
          collection: DEFAULT_SLUGS.focusAreas,
          data: { ...area, _status: 'published', order },
        }),
    )
    focusIds.set(area.slug, id)
  }

  const imageId = await ensure(
    'bild',
    DEFAULT_SLUGS.media,
    { filename: { equals: IMAGE_NAME } },
    async () => {
      const data = await placeholderImage()
      return payload.create({
        context,
        collection: DEFAULT_SLUGS.media,
        data: { _status: 'published', alt: hedemora2021.heroImageAlt },
        file: { data, mimetype: 'image/jpeg', name: IMAGE_NAME, size: data.length },
      })
    },
  )

  const pdfId = await ensure(
    'mål- och budgetdokument (PDF)',
    DEFAULT_SLUGS.documents,
    { filename: { equals: PDF_NAME } },
    () => {
      const data = placeholderPdf([
        'Hedemora kommun - Mål och budget 2021',
        'Ersättningsfil: kommunens hela mål- och budgetdokument publiceras här.',
      ])
      return payload.create({
        context,
        collection: DEFAULT_SLUGS.documents,
        data: { _status: 'published', title: 'Mål och budget 2021 – Hedemora kommun' },
        file: { data, mimetype: 'application/pdf', name: PDF_NAME, size: data.length },
      })
    },
  )

  const planId = await ensure(
    `Mål och budget ${hedemora2021.year}`,
    DEFAULT_SLUGS.budgetPlans,
    { year: { equals: hedemora2021.year } },
    () =>
      payload.create({
        context,
        collection: DEFAULT_SLUGS.budgetPlans,
        data: {
          _status: 'published',
          economySection: {
            body: richTextFromParagraphs(hedemora2021.economyBody),
            heading: hedemora2021.economyHeading,
            savingsLead: hedemora2021.savingsLead,
          },
          focusAreas: hedemoraFocusAreas
            .map((area) => focusIds.get(area.slug))
            .filter((id) => id !== undefined),
          fullDocument: { file: pdfId, linkText: hedemora2021.fullDocumentLinkText },
          governingParties: hedemora2021.governingParties,
          heroImage: imageId,
          intro: richTextFromParagraphs(hedemora2021.intro),
          slug: foldSlug(hedemora2021.title),
          subtitle: hedemora2021.subtitle,
          tax: { statement: hedemora2021.taxStatement, unchanged: true },
          title: hedemora2021.title,
          vision: hedemora2021.vision,
          workSection: {
            body: richTextFromParagraphs(hedemora2021.workBody),
            heading: hedemora2021.workHeading,
            initiativesLead: hedemora2021.initiativesLead,
          },
          year: hedemora2021.year,
        },
      }),
  )

  const inPlan = (title: string): Where => ({
    and: [{ plan: { equals: planId } }, { title: { equals: title } }],
  })

  const goalIds = new Map<string, ID>()
  for (const [order, goal] of hedemoraGoals.entries()) {
    const id = await ensure(`mål ${goal.title}`, DEFAULT_SLUGS.goals, inPlan(goal.title), () =>
      payload.create({
        context,
        collection: DEFAULT_SLUGS.goals,
        data: {
          _status: 'published',
          focusAreas: goal.focusAreas
            .map((slug) => focusIds.get(slug))
            .filter((id) => id !== undefined),
          indicators: goal.indicators,
          order,
          plan: planId,
          rationale: goal.rationale,
          title: goal.title,
        },
      }),
    )
    goalIds.set(goal.key, id)
  }

  for (const [order, title] of hedemora2021.initiatives.entries()) {
    const links = hedemoraInitiativeLinks[order] ?? {}
    await ensure(`insats ${order + 1}`, DEFAULT_SLUGS.initiatives, inPlan(title), () =>
      payload.create({
        context,
        collection: DEFAULT_SLUGS.initiatives,
        data: {
          _status: 'published',
          focusAreas: (links.focusAreas ?? [])
            .map((slug) => focusIds.get(slug))
            .filter((id) => id !== undefined),
          goals: (links.goals ?? [])
            .map((key) => goalIds.get(key))
            .filter((id) => id !== undefined),
          order,
          places: (links.places ?? []).map((name) => ({ name })),
          plan: planId,
          status: 'planned',
          title,
        },
      }),
    )
  }

  for (const [order, measure] of hedemora2021.savingsMeasures.entries()) {
    await ensure(
      `besparing ${order + 1}`,
      DEFAULT_SLUGS.savingsMeasures,
      inPlan(measure.title),
      () =>
        payload.create({
          context,
          collection: DEFAULT_SLUGS.savingsMeasures,
          data: { ...measure, _status: 'published', order, plan: planId, status: 'ongoing' },
        }),
    )
  }

  return report
}
