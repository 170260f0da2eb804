import type { Payload } from 'payload'

import type { Goal, GoalAssessment, User } from '../../host/payload-types'

import type { PublicPage } from '../../src/shape/publicPageShape'

import Ajv from 'ajv-draft-04'
import fs from 'node:fs'
import path from 'node:path'

import { readFollowUp } from '../../src/followUp/readFollowUp'
import { cachedPage } from '../../src/publicPage/cachedPage'
import { fiscalDataPackage } from '../../src/publicPage/fiscalDataPackage'
import { loadPublicPage } from '../../src/publicPage/loadPublicPage'
import { openDataTables } from '../../src/publicPage/openData'
import { countQueries } from '../helpers/countQueries'
import { startTestPayload, staffUser, type TestPayload } from '../helpers/testPayload'

// The Fiscal Data Package profile's JSON Schema, as Frictionless publishes it (datapackage-js 1.1.10).
const FISCAL_DATA_PACKAGE_SCHEMA = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname ?? '.', '../fixtures/fiscal-data-package.schema.json'),
    'utf8',
  ),
) as object

/**
 * The follow-up of a plan (issue 25), worked through on a fictional municipality's annual report —
 * Exempelby kommun, plan 2029, never in the product's seed: three goals, two focus areas, one KPI
 * from Kolada whose 2029 figure is revised after the report was opened.
 */
describe('follow-up reports: an annual report of Exempelby 2029', () => {
  let test: TestPayload
  let payload: Payload
  let editor: User
  let planId: number
  let koladaSeriesId: number
  const goal: Record<'falling' | 'reached' | 'unmeasured', number> = {
    falling: 0,
    reached: 0,
    unmeasured: 0,
  }
  let reportId: number

  const assessments = async () =>
    (
      await payload.find({
        collection: 'goal-assessments',
        depth: 0,
        draft: true,
        limit: 0,
        pagination: false,
        where: { report: { equals: reportId } },
      })
    ).docs as GoalAssessment[]
  const assessmentOf = async (goalId: number) =>
    (await assessments()).find((a) => a.goal === goalId) as GoalAssessment
  const anonymousCount = async (collection: 'follow-up-reports' | 'goal-assessments') =>
    (await payload.count({ collection, overrideAccess: false })).totalDocs
  // What a resident reads: the latest report, from the published page's cache.
  const publicFollowUp = () => readFollowUp(payload, 2029, 'sv')

  beforeAll(async () => {
    test = await startTestPayload('follow_up')
    payload = test.payload
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { kolada: { municipalityId: '9999' }, organisationName: 'Exempelby kommun' },
    })
    editor = (await payload.create({
      collection: 'users',
      data: { email: 'red@exempelby.se', password: 'lösen-123456789', roles: ['editor'] },
    })) as User
    const plan = await payload.create({
      collection: 'budget-plans',
      data: {
        _status: 'published',
        budgetLines: [
          { amount: 120_000_000, committee: 'Barn- och utbildningsnämnden', kind: 'drift' },
        ],
        slug: 'exempelby-2029',
        title: 'Exempelby 2029',
        year: 2029,
      },
    })
    planId = plan.id as number
    const area = async (title: string, order: number) =>
      (
        await payload.create({
          collection: 'focus-areas',
          data: { _status: 'published', order, title },
        })
      ).id as number
    const learning = await area('Lärande', 1)
    const care = await area('Omsorg', 2)
    await payload.update({
      collection: 'budget-plans',
      data: { focusAreas: [learning, care] },
      id: planId,
    })
    koladaSeriesId = (
      await payload.create({
        collection: 'indicator-series',
        data: {
          kpiId: 'N99999',
          points: [
            { area: '9999', men: null, preliminary: false, value: 30, women: null, year: 2028 },
            { area: '9999', men: null, preliminary: true, value: 25, women: null, year: 2029 },
            { area: '0000', men: null, preliminary: false, value: 40, women: null, year: 2028 },
            { area: '0000', men: null, preliminary: true, value: 40, women: null, year: 2029 },
          ],
          title: 'Andel elever med godkänt i alla ämnen',
        },
      })
    ).id as number
    const makeGoal = async (
      title: string,
      order: number,
      focus: number,
      indicators: NonNullable<Goal['indicators']>,
    ) =>
      (
        await payload.create({
          collection: 'goals',
          data: {
            _status: 'published',
            focusAreas: [focus],
            indicators,
            order,
            plan: planId,
            title,
          },
        })
      ).id as number
    goal.reached = await makeGoal('Fler läser varje dag', 1, learning, [
      {
        direction: 'higher',
        figures: [
          { national: 15, value: 10, year: 2028 },
          { national: 15, value: 20, year: 2029 },
        ],
        name: 'Andel som läser dagligen',
        target: { value: 18, year: 2029 },
        unit: '%',
        useKolada: false,
      },
    ])
    goal.falling = await makeGoal('Fler klarar skolan', 2, learning, [
      { direction: 'higher', kpiId: 'N99999', name: 'Godkänt i alla ämnen', unit: '%' },
    ])
    goal.unmeasured = await makeGoal('Tryggare äldreomsorg', 3, care, [])
    await payload.create({
      collection: 'initiatives',
      data: {
        _status: 'published',
        plan: planId,
        progress: 40,
        status: 'ongoing',
        title: 'Läsfrämjande i förskolan',
      },
    })
    await payload.create({
      collection: 'savings-measures',
      data: {
        _status: 'published',
        category: 'premises',
        estimatedAnnualSavings: 2_000_000,
        plan: planId,
        status: 'planned',
        title: 'Samlokalisera två skolor',
      },
    })
  }, 120_000)

  afterAll(async () => {
    await test?.destroy()
  })

  it('should open a report with an assessment to fill in for every goal, the figures as at the period end', async () => {
    // An editor's unfinished draft of a goal (no plan yet, other figures) is not what the report
    // follows up: the published goal is (a draft without a plan refused the whole report).
    await payload.update({
      collection: 'goals',
      data: { indicators: [], plan: null },
      draft: true,
      id: goal.reached,
      overrideAccess: false,
      user: editor,
    })
    const report = await payload.create({
      collection: 'follow-up-reports',
      data: {
        deadline: '2030-02-15',
        kind: 'arsredovisning',
        periodEnd: '2029-12-31',
        plan: planId,
      },
      draft: true,
    })
    reportId = report.id as number
    expect(report.title).toBe('Årsredovisning 2029')
    expect(report.initiatives).toEqual([
      expect.objectContaining({ progress: 40, state: 'ongoing' }),
    ])
    expect(report.savings).toEqual([expect.objectContaining({ planned: 2_000_000 })])
    expect(report.outcomes).toEqual([
      expect.objectContaining({ budget: 120_000, committee: 'Barn- och utbildningsnämnden' }),
    ])
    const made = await assessments()
    expect(made).toHaveLength(3)
    expect(made.every((a) => a._status === 'draft')).toBe(true)
    expect(Object.fromEntries(made.map((a) => [a.goal, a.suggested]))).toEqual({
      [goal.falling]: 'not_met',
      [goal.reached]: 'met',
      [goal.unmeasured]: 'unknown',
    })
    const figures = (await assessmentOf(goal.falling)).figures as {
      indicators: { points: { value: number; year: number }[] }[]
    }
    expect(figures.indicators[0].points.map((p) => [p.year, p.value])).toEqual([
      [2028, 30],
      [2029, 25],
    ])
  })

  it('should show staff what is missing in the report, and nobody else', async () => {
    const read = (asEditor: boolean) =>
      payload.findByID({
        collection: 'follow-up-reports',
        draft: true,
        id: reportId,
        overrideAccess: !asEditor,
        ...(asEditor ? { user: staffUser(editor) } : {}),
      })
    expect((await read(true)).assessed).toBe(
      '0 av 3 mål bedömda; saknas: Fler läser varje dag, Fler klarar skolan, Tryggare äldreomsorg',
    )
    const anonymous = await payload.find({
      collection: 'follow-up-reports',
      draft: false,
      overrideAccess: false,
      where: { id: { equals: reportId } },
    })
    expect(anonymous.docs).toEqual([])
  })

  it('should refuse a second assessment of a goal in the same report', async () => {
    await expect(
      payload.create({
        collection: 'goal-assessments',
        data: { goal: goal.reached, report: reportId },
        draft: true,
      }),
    ).rejects.toThrow(/redan en bedömning/)
  })

  it('should refuse an assessment that differs from the figures without a reason, and take it with one', async () => {
    const falling = await assessmentOf(goal.falling)
    await expect(
      payload.update({
        collection: 'goal-assessments',
        data: { assessment: 'partly' },
        draft: true,
        id: falling.id,
        overrideAccess: false,
        user: staffUser(editor),
      }),
    ).rejects.toThrow(/skiljer sig från vad indikatorerna pekar på/)
    const saved = await payload.update({
      collection: 'goal-assessments',
      data: {
        analysis: 'Resultaten sjönk, men läsåret slutade starkare än det började.',
        assessment: 'partly',
        reason: 'Vårterminens prov visar en vändning som årsstatistiken ännu inte fångar.',
      },
      draft: true,
      id: falling.id,
      overrideAccess: false,
      user: staffUser(editor),
    })
    expect(saved.assessment).toBe('partly')
  })

  it('should keep the figures and what they suggested as they were, whatever a save sends', async () => {
    const reached = await assessmentOf(goal.reached)
    const saved = await payload.update({
      collection: 'goal-assessments',
      data: { assessment: 'met', figures: { indicators: [] }, suggested: 'not_met' },
      draft: true,
      id: reached.id,
      overrideAccess: false,
      user: staffUser(editor),
    })
    expect(saved.suggested).toBe('met')
    expect((saved.figures as { indicators: unknown[] }).indicators).toHaveLength(1)
  })

  it('should keep the snapshot when Kolada later revises the figures', async () => {
    await payload.update({
      collection: 'indicator-series',
      data: {
        points: [
          { area: '9999', men: null, preliminary: false, value: 30, women: null, year: 2028 },
          { area: '9999', men: null, preliminary: false, value: 45, women: null, year: 2029 },
          { area: '0000', men: null, preliminary: false, value: 40, women: null, year: 2028 },
          { area: '0000', men: null, preliminary: false, value: 40, women: null, year: 2029 },
        ],
      },
      id: koladaSeriesId,
    })
    // The goal itself now reads the revised figure …
    const live = await payload.findByID({ collection: 'goals', depth: 0, id: goal.falling })
    expect(live.status).toBe('on_track')
    // … its assessment keeps the one the report was made on.
    const falling = await assessmentOf(goal.falling)
    expect(falling.suggested).toBe('not_met')
    expect(
      (falling.figures as { indicators: { points: { value: number }[] }[] }).indicators[0].points[1]
        .value,
    ).toBe(25)
  })

  it('should publish nothing of the report before the report, by any save of an assessment', async () => {
    const reached = await assessmentOf(goal.reached)
    // A save without draft — and one asking to publish — stays a draft.
    const plain = await payload.update({
      collection: 'goal-assessments',
      data: { _status: 'published', analysis: 'Målet nåddes.' },
      id: reached.id,
      overrideAccess: false,
      user: staffUser(editor),
    })
    expect(plain._status).toBe('draft')
    const duplicate = payload.duplicate({
      collection: 'goal-assessments',
      id: reached.id,
      overrideAccess: false,
      user: staffUser(editor),
    })
    await expect(duplicate).rejects.toThrow(/redan en bedömning/)
    expect(await anonymousCount('goal-assessments')).toBe(0)
    expect(await anonymousCount('follow-up-reports')).toBe(0)
    expect(await publicFollowUp()).toBeNull()
  })

  it('should refuse to publish a report while a goal has no assessment, naming the goal', async () => {
    await expect(
      payload.update({
        collection: 'follow-up-reports',
        data: { _status: 'published' },
        id: reportId,
      }),
    ).rejects.toThrow(/1 mål saknar bedömning: Tryggare äldreomsorg/)
    expect(await anonymousCount('follow-up-reports')).toBe(0)
    expect(await anonymousCount('goal-assessments')).toBe(0)
    const { outcomes } = await payload.findByID({
      collection: 'follow-up-reports',
      draft: true,
      id: reportId,
    })
    await payload.update({
      collection: 'follow-up-reports',
      data: { outcomes: (outcomes ?? []).map((row: object) => ({ ...row, outcome: 123_500 })) },
      draft: true,
      id: reportId,
    })
    const unmeasured = await assessmentOf(goal.unmeasured)
    await payload.update({
      collection: 'goal-assessments',
      data: { assessment: 'unknown', analysis: 'Målet saknar ännu mått.' },
      draft: true,
      id: unmeasured.id,
      overrideAccess: false,
      user: staffUser(editor),
    })
  })

  it('should publish every assessment with the report, and roll them up per focus area and plan', async () => {
    await payload.update({
      collection: 'follow-up-reports',
      data: { _status: 'published', summary: 'Ett år med blandade resultat.' },
      id: reportId,
    })
    expect(await anonymousCount('follow-up-reports')).toBe(1)
    expect(await anonymousCount('goal-assessments')).toBe(3)
    const followUp = await publicFollowUp()
    expect(followUp?.summary).toEqual({ met: 1, notMet: 0, partly: 1, unknown: 1 })
    expect(followUp?.sentence).toBe('1 av 3 mål uppnådda, 1 delvis, 0 inte, 1 kan inte bedömas')
    expect(
      followUp?.focusAreas.map((area) => [
        area.title,
        area.summary,
        area.goals.map((g) => g.assessmentLabel),
      ]),
    ).toEqual([
      ['Lärande', { met: 1, notMet: 0, partly: 1, unknown: 0 }, ['Uppnått', 'Delvis uppnått']],
      ['Omsorg', { met: 0, notMet: 0, partly: 0, unknown: 1 }, ['Kan inte bedömas']],
    ])
    expect(followUp?.focusAreas[0].goals[0].analysis).toBe('Målet nåddes.')
    // The outcome is the budget's executed phase in the plan's Fiscal Data Package.
    const page = (await cachedPage(payload, { year: 2029 }, 'sv'))?.page
    const descriptor = fiscalDataPackage(page as PublicPage)
    const validate = new Ajv({ strict: false }).compile(FISCAL_DATA_PACKAGE_SCHEMA)
    expect([validate(descriptor), validate.errors ?? []]).toEqual([true, []])
    expect(descriptor.model.measures).toMatchObject({
      executed: { factor: 1000, phase: 'executed', resource: 'budget-outcomes' },
    })
    // The plan's own open data carries every published report's assessments and outcomes.
    const tables = openDataTables(page as PublicPage)
    expect(tables.assessments.rows.map((row) => [row[6], row[8]])).toEqual([
      [String(goal.reached), 'met'],
      [String(goal.falling), 'partly'],
      [String(goal.unmeasured), 'unknown'],
    ])
    expect(tables['budget-outcomes'].rows).toEqual([
      [
        2029,
        String(reportId),
        '2029-12-31',
        'Barn- och utbildningsnämnden',
        'drift',
        120_000,
        123_500,
        null,
        3_500,
        2.9,
        null,
      ],
    ])
    expect(descriptor.resources.map((r) => r.path)).toEqual([
      'open-data.csv?table=budget-lines',
      `follow-up/open-data.csv?table=budget-outcomes&report=${reportId}`,
    ])
  })

  it('should show a later draft of an assessment only when the report is published again', async () => {
    const reached = await assessmentOf(goal.reached)
    await payload.update({
      collection: 'goal-assessments',
      data: { analysis: 'Rättad analys.' },
      draft: true,
      id: reached.id,
      overrideAccess: false,
      user: staffUser(editor),
    })
    expect((await publicFollowUp())?.focusAreas[0].goals[0].analysis).toBe('Målet nåddes.')
    await payload.update({
      collection: 'follow-up-reports',
      data: { _status: 'published' },
      id: reportId,
    })
    expect((await publicFollowUp())?.focusAreas[0].goals[0].analysis).toBe('Rättad analys.')
  })

  it('should refuse a restore of an assessment that is not a draft', async () => {
    const reached = await assessmentOf(goal.reached)
    const asEditor = { overrideAccess: false, user: staffUser(editor) }
    await payload.update({
      collection: 'goal-assessments',
      data: { analysis: 'Utkast som aldrig granskats.' },
      draft: true,
      id: reached.id,
      ...asEditor,
    })
    const { docs } = await payload.findVersions({
      collection: 'goal-assessments',
      limit: 1,
      sort: '-updatedAt',
      where: { parent: { equals: reached.id } },
    })
    await payload.update({
      collection: 'goal-assessments',
      data: { analysis: 'Ett till utkast.' },
      draft: true,
      id: reached.id,
      ...asEditor,
    })
    // The Local API restores in full, never as a draft: refused (it would write the version over
    // the published assessment). REST's ?draft=true restore is in test/http/followUp.test.ts.
    await expect(
      payload.restoreVersion({ collection: 'goal-assessments', id: docs[0].id, ...asEditor }),
    ).rejects.toThrow(/återställs bara som utkast/)
    const shown = (await publicFollowUp())?.focusAreas[0].goals[0]
    expect([shown?.goal.id, shown?.analysis]).toEqual([String(goal.reached), 'Rättad analys.'])
  })

  it('should read the plan’s page in the same number of queries with one report and with two', async () => {
    const readPage = () => loadPublicPage(payload, { year: 2029 }, 'sv')
    const withOne = await countQueries(payload, readPage)
    expect((await readPage())?.followUpReports).toHaveLength(1)
    const interim = await payload.create({
      collection: 'follow-up-reports',
      data: { kind: 'delarsrapport', periodEnd: '2029-08-31', plan: planId },
      draft: true,
    })
    const { docs: toAssess } = await payload.find({
      collection: 'goal-assessments',
      draft: true,
      where: { report: { equals: interim.id } },
    })
    for (const assessment of toAssess)
      await payload.update({
        collection: 'goal-assessments',
        data: { analysis: 'Bedömt vid delåret.', assessment: assessment.suggested ?? 'unknown' },
        draft: true,
        id: assessment.id,
      })
    await payload.update({
      collection: 'follow-up-reports',
      data: { _status: 'published' },
      id: interim.id,
    })
    const page = await readPage()
    expect(page?.followUpReports.map((r) => r.report.periodEnd)).toEqual([
      '2029-12-31T00:00:00.000Z',
      '2029-08-31T00:00:00.000Z',
    ])
    expect(page?.followUpReports[1].summary.unknown).toBeGreaterThanOrEqual(1)
    expect(await countQueries(payload, readPage)).toBe(withOne)
    await payload.delete({ collection: 'follow-up-reports', id: interim.id })
  })

  it('should take its assessments with it when a report is deleted', async () => {
    const other = await payload.create({
      collection: 'follow-up-reports',
      data: { kind: 'delarsrapport', periodEnd: '2029-08-31', plan: planId },
      draft: true,
    })
    const ofOther = { report: { equals: other.id } }
    expect(
      (await payload.count({ collection: 'goal-assessments', where: ofOther })).totalDocs,
    ).toBe(3)
    await payload.delete({ collection: 'follow-up-reports', id: other.id })
    expect(
      (await payload.count({ collection: 'goal-assessments', where: ofOther })).totalDocs,
    ).toBe(0)
  })
})
