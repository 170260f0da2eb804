/**
 * Adds a large published plan (year 2099: 400 initiatives, 60 goals, 40 savings measures, all four
 * focus areas) to the database `DATABASE_URL` names, for the benchmark. Run after `npm run seed`.
 */
import type { BudgetPlan } from '../host/payload-types'

import { getPayload } from 'payload'

import { buildAppConfig } from '../host/config'
import { readSettings } from '../host/settings'

const payload = await getPayload({ config: await buildAppConfig(readSettings()) })
const year = 2099
const existing = await payload.find({
  collection: 'budget-plans',
  where: { year: { equals: year } },
})
if (existing.totalDocs === 0) {
  const areas = (await payload.find({ collection: 'focus-areas', limit: 0, sort: 'order' })).docs
  const template = (
    await payload.find({
      collection: 'budget-plans',
      depth: 0,
      limit: 1,
      where: { year: { equals: 2021 } },
    })
  ).docs[0] as BudgetPlan
  const plan = await payload.create({
    collection: 'budget-plans',
    data: {
      _status: 'published',
      economySection: template.economySection,
      focusAreas: areas.map((a) => a.id),
      fullDocument: template.fullDocument,
      governingParties: (template.governingParties ?? []).map(({ abbreviation, name }) => ({
        abbreviation,
        name,
      })),
      heroImage: template.heroImage,
      intro: template.intro,
      slug: 'stor-plan-2099',
      subtitle: template.subtitle,
      tax: template.tax,
      title: 'Mål för kommunen 2099 (stor plan)',
      vision: template.vision,
      workSection: template.workSection,
      year,
    },
  })
  const goals = []
  for (let i = 0; i < 60; i++) {
    goals.push(
      await payload.create({
        collection: 'goals',
        data: {
          _status: 'published',
          focusAreas: [areas[i % areas.length].id],
          indicators: [
            {
              baseline: { value: 50 + (i % 7), year: 2019 },
              direction: i % 2 ? 'lower' : 'higher',
              figures: [
                { national: 58, value: 52 + (i % 5), year: 2019 },
                { national: 60, value: 55 + (i % 11), year: 2021 },
              ],
              name: `Indikator ${i}`,
              source: 'Bench',
              useKolada: false,
              target: { value: 60, year: 2023 },
              unit: '%',
            },
          ],
          order: i,
          plan: plan.id,
          rationale: `Skäl till mål ${i}: kommunen ligger under riksgenomsnittet.`,
          title: `Mål ${i}`,
        },
      }),
    )
  }
  for (let i = 0; i < 400; i++) {
    await payload.create({
      collection: 'initiatives',
      data: {
        _status: 'published',
        focusAreas: [areas[i % areas.length].id],
        goals: [goals[i % goals.length].id],
        order: i,
        places: [{ latitude: 60.28, longitude: 15.98, name: `Plats ${i}` }],
        plan: plan.id,
        progress: i % 101,
        responsibleCommittee: 'Kommunstyrelsen',
        status: i % 5 === 0 ? 'done' : 'ongoing',
        title: `Insats ${i}: ${'bygga, förbättra och utveckla '.repeat(2)}`,
      },
    })
  }
  for (let i = 0; i < 40; i++) {
    await payload.create({
      collection: 'savings-measures',
      data: {
        _status: 'published',
        category: 'other',
        estimatedAnnualSavings: 100_000 * i,
        order: i,
        plan: plan.id,
        status: 'ongoing',
        title: `Besparing ${i}`,
      },
    })
  }
  console.log(`Large plan ${year}: created (400 initiatives, 60 goals, 40 savings measures).`)
}
await payload.destroy()
process.exit(0)
