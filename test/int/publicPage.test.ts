import type { Payload } from 'payload'

import { loadPublicPage } from '../../src/publicPage/loadPublicPage'
import { seedHedemora } from '../../host/seed/seedHedemora'
import { referenceLines } from '../helpers/reference'
import { countQueries } from '../helpers/countQueries'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('the composed public page', () => {
  let test: TestPayload
  let payload: Payload

  beforeAll(async () => {
    test = await startTestPayload('public_page')
    payload = test.payload
    await seedHedemora(payload)
  })

  afterAll(async () => {
    await test.destroy()
  })

  it('should hold the whole reference page in display order', async () => {
    const page = await loadPublicPage(payload, { year: 2021 }, 'sv')
    expect(page).not.toBeNull()
    if (!page) return
    const lines = [
      page.title,
      page.subtitle,
      ...page.intro.paragraphs,
      page.work.heading,
      ...page.work.paragraphs,
      page.work.listLead,
      ...page.initiatives.map((i) => i.title),
      page.economy.heading,
      ...page.economy.paragraphs,
      page.economy.listLead,
      ...page.savingsMeasures.map((s) => s.title),
      page.tax.statement,
      page.fullDocument?.linkText,
      page.heroImage?.alt,
      page.dataProtectionNotice.text,
      page.feedbackForm.heading,
      page.feedbackForm.intro,
      page.feedbackForm.thanks,
      page.feedbackForm.nameLabel,
      page.feedbackForm.emailLabel,
      page.feedbackForm.messageLabel,
      page.pageUpdatedText,
    ]
    expect(lines).toEqual(referenceLines())
    expect(page.focusAreas.map((a) => [a.title, a.goals.length])).toEqual([
      ['Jämlik hälsa', 3],
      ['Miljö', 0],
      ['Inkludering', 1],
      ['Jämställdhet', 1],
    ])
    expect(page.initiatives[1]).toMatchObject({
      goals: [{ title: 'Bra boenden för äldre med hög kvalitet och trivsel' }],
      places: [{ name: 'Gussarvsgården' }, { name: 'Långshyttan' }],
    })
    expect(page.heroImage).toMatchObject({ height: 900, width: 1600 })
    expect(page.heroImage?.url).toMatch(/hedemora-2021-postlador-1600x900\.jpg$/)
    expect(page.fullDocument).toMatchObject({ filename: 'hedemora-mal-och-budget-2021.pdf' })
    expect(page.progress).toMatchObject({ counts: { planned: 14 }, percent: 0 })
  })

  it('should fall back to Swedish for English texts that are missing', async () => {
    const page = await loadPublicPage(payload, { slug: 'mal-for-kommunen-2021' }, 'en')
    expect(page).toMatchObject({
      locale: 'en',
      pageUpdatedText: 'Page updated 2021-03-10',
      title: 'Mål för kommunen 2021',
    })
  })

  it('should be null for an unknown or unpublished plan', async () => {
    expect(await loadPublicPage(payload, { year: 2030 }, 'sv')).toBeNull()
    const plan = (await payload.find({ collection: 'budget-plans', limit: 1 })).docs[0]
    await payload.update({ id: plan.id, collection: 'budget-plans', data: { _status: 'draft' } })
    expect(await loadPublicPage(payload, { year: 2021 }, 'sv')).toBeNull()
    await payload.update({
      id: plan.id,
      collection: 'budget-plans',
      data: { _status: 'published' },
    })
  })

  it('should read the page in the same number of queries with 4 and with 400 initiatives', async () => {
    const plan = (await payload.find({ collection: 'budget-plans', limit: 1 })).docs[0]
    const existing = await payload.find({ collection: 'initiatives', limit: 0 })
    for (const doc of existing.docs.slice(4))
      await payload.delete({ id: doc.id, collection: 'initiatives' })
    const withFour = await countQueries(payload, () =>
      loadPublicPage(payload, { year: 2021 }, 'sv'),
    )
    expect((await loadPublicPage(payload, { year: 2021 }, 'sv'))?.initiatives).toHaveLength(4)

    for (let i = 4; i < 400; i++) {
      await payload.create({
        collection: 'initiatives',
        data: {
          _status: 'published',
          order: i,
          plan: plan.id,
          places: [{ name: `Plats ${i}` }],
          status: 'ongoing',
          title: `Insats ${i}`,
        },
      })
    }
    const withFourHundred = await countQueries(payload, () =>
      loadPublicPage(payload, { year: 2021 }, 'sv'),
    )
    expect((await loadPublicPage(payload, { year: 2021 }, 'sv'))?.initiatives).toHaveLength(400)
    expect(withFourHundred).toBe(withFour)
    // Twelve for the plan and its parts, one for its published follow-up reports (none here; with
    // reports five more, however many: test/int/followUp.test.ts).
    expect(withFour).toBeLessThanOrEqual(13)
  }, 180_000)
})
