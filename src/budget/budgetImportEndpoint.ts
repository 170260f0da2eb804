import type { Endpoint } from 'payload'

import { importBudget } from './importBudget'
import { BUDGET_COLUMNS } from './parseBudgetFile'
import { json, receiveFinanceFile } from './receiveFinanceFile'
import { pluginOptionsOf } from '../options/pluginOptionsOf'

/**
 * `POST /api/budget-plans/:id/budget-import` (multipart, field `file`, `.xlsx` or `.csv`; staff):
 * reads every row; any bad row → `400 {"errors":[{"row","message"}]}` and nothing stored;
 * `?dryRun=1` → `200` with the rows understood and the totals, nothing stored; otherwise the lines
 * replace the plan's budget lines in its draft (all or nothing) → `200 {"lines": n}`.
 */
export const budgetImportEndpoint = (): Endpoint => ({
  handler: async (req) => {
    const id = req.routeParams?.id
    const { slugs } = pluginOptionsOf(req.payload.config)
    let planId: number | string | undefined
    const file = await receiveFinanceFile(
      req,
      async () => {
        const { docs } = await req.payload.find({
          collection: slugs.budgetPlans,
          depth: 0,
          draft: true,
          joins: false,
          limit: 1,
          overrideAccess: true,
          select: { year: true },
          where: { id: { equals: typeof id === 'string' || typeof id === 'number' ? id : -1 } },
        })
        planId = docs[0]?.id
        return planId !== undefined
      },
      'Planen finns inte / No such plan',
    )
    if (file instanceof Response) return file
    const dryRun = ['1', 'true'].includes(req.searchParams.get('dryRun') ?? '')
    const { errors, rows, totals } = await importBudget(req.payload, planId as number, file, {
      dryRun,
      req,
    })
    if (errors.length > 0) return json({ errors, rows }, 400)
    if (dryRun) return json({ dryRun: true, lines: rows.length, rows, totals }, 200)
    return json({ draft: true, lines: rows.length, totals }, 200)
  },
  method: 'post',
  path: '/:id/budget-import',
})

/** `GET /api/budget-plans/budget-template.csv`: the import template, as Swedish Excel opens it. */
export const budgetTemplateEndpoint = (): Endpoint => ({
  handler: () =>
    new Response(
      '\uFEFF' +
        [
          BUDGET_COLUMNS.join(';'),
          'Kommunstyrelsen;drift;125 400;120 100;Exempelrad: ta bort',
          'Barn- och utbildningsnämnden;drift;402 350,5;398 000;',
          'Kommunstyrelsen;investering;35 000;28 000;',
          'Skatteintäkter och generella statsbidrag;drift;-1 150 000;-1 120 000;Intäkt: negativt belopp',
        ].join('\r\n') +
        '\r\n',
      {
        headers: {
          'Cache-Control': 'public, max-age=3600',
          'Content-Disposition': 'attachment; filename="budgetmall.csv"',
          'Content-Type': 'text/csv; charset=utf-8',
        },
      },
    ),
  method: 'get',
  path: '/budget-template.csv',
})
