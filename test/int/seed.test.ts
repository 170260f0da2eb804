import type { Payload } from 'payload'

import { seedHedemora } from '../../host/seed/seedHedemora'
import { pageLines, readPageAnonymously } from '../helpers/pageText'
import { referenceLines } from '../helpers/reference'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('the Hedemora 2021 seed', () => {
  let test: TestPayload
  let payload: Payload

  beforeAll(async () => {
    test = await startTestPayload('seed')
    payload = test.payload
    await seedHedemora(payload)
  })

  afterAll(async () => {
    await test.destroy()
  })

  it('should publish the reference page word for word, in order, to an anonymous reader', async () => {
    const { initiatives, plan, savings, settings } = await readPageAnonymously(payload)
    expect(pageLines(plan, initiatives, savings, settings)).toEqual(referenceLines())
  })

  it('should publish the four focus areas, the four goals, 14 initiatives and 5 savings measures', async () => {
    const { focusAreas, goals, initiatives, plan, savings } = await readPageAnonymously(payload)
    expect(focusAreas.map((f) => f.title)).toEqual([
      'Jämlik hälsa',
      'Miljö',
      'Inkludering',
      'Jämställdhet',
    ])
    expect(goals.map((g) => g.title)).toEqual([
      'Bättre skolresultat för flickor och pojkar',
      'Färre unga vuxna med ekonomiskt bistånd',
      'Hemtjänst där du möter så få personer som möjligt',
      'Bra boenden för äldre med hög kvalitet och trivsel',
    ])
    expect(goals.every((g) => g.status === 'no_data' && (g.indicators?.length ?? 0) > 0)).toBe(true)
    expect(initiatives).toHaveLength(14)
    expect(savings.map((s) => s.category)).toEqual([
      'premises',
      'property_management',
      'staffing',
      'purchasing',
      'digitalisation',
    ])
    expect(plan.governingParties?.map((p) => `${p.name} (${p.abbreviation})`)).toEqual([
      'Socialdemokraterna (S)',
      'Centerpartiet (C)',
      'Vänsterpartiet (V)',
    ])
    expect(plan).toMatchObject({
      slug: 'mal-for-kommunen-2021',
      tax: { unchanged: true },
      year: 2021,
    })
  })

  it('should carry the contact phone and a data-protection notice with a version', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(settings).toMatchObject({ contactPhone: '0225-34 000', noticeVersion: 1 })
    expect(settings.noticeDate).toBeTruthy()
  })

  it('should link a real image and PDF that an anonymous reader can download', async () => {
    const { plan } = await readPageAnonymously(payload)
    const image = plan.heroImage
    const pdf = plan.fullDocument?.file
    expect(typeof image === 'object' && image?.mimeType).toBe('image/jpeg')
    expect(typeof image === 'object' && image?.sizes?.hero?.width).toBe(1600)
    expect(typeof pdf === 'object' && pdf?.mimeType).toBe('application/pdf')
  })

  it('should change nothing and duplicate nothing when run again', async () => {
    const before = await payload.count({ collection: 'initiatives' })
    const report = await seedHedemora(payload)
    expect(report.created).toEqual([])
    expect(report.existing).toHaveLength(31)
    expect(await payload.count({ collection: 'initiatives' })).toEqual(before)
    const versions = await payload.countVersions({ collection: 'budget-plans' })
    expect(versions.totalDocs).toBe(1)
  })
})
