import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'

import { importBudget } from './importBudget'
import { BUDGET_COLUMNS } from './parseBudgetFile'
import { isStaffUser } from '../lib/roles'
import { pluginOptionsOf } from '../options/pluginOptionsOf'

const MAX_FILE_BYTES = 2 * 1024 * 1024

const json = (body: unknown, status: number) =>
  Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })
const refuse = (status: number, message: string) => json({ errors: [{ message, row: 0 }] }, status)

/**
 * `POST /api/budget-plans/:id/budget-import` (multipart, field `file`, `.xlsx` or `.csv`; staff):
 * reads every row; any bad row → `400 {"errors":[{"row","message"}]}` and nothing stored;
 * `?dryRun=1` → `200` with the rows understood and the totals, nothing stored; otherwise the lines
 * replace the plan's budget lines in its draft (all or nothing) → `200 {"lines": n}`.
 */
export const budgetImportEndpoint = (): Endpoint => ({
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return refuse(req.user ? 403 : 401, 'Logga in som redaktör / Sign in as staff')
    }
    const id = req.routeParams?.id
    const { slugs } = pluginOptionsOf(req.payload.config)
    if (!req.headers.get('content-type')?.includes('multipart/form-data')) {
      return refuse(
        400,
        'Skicka filen som multipart/form-data i fältet "file" / Send the file as multipart field "file"',
      )
    }
    if (Number(req.headers.get('content-length') ?? 0) > MAX_FILE_BYTES + 64 * 1024) {
      return refuse(413, 'Filen är större än 2 MB / The file is larger than 2 MB')
    }
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
    const plan = docs[0]
    if (!plan) return refuse(404, 'Planen finns inte / No such plan')
    try {
      await addDataAndFileToRequest(req)
    } catch (error) {
      if (error instanceof APIError)
        return refuse(
          400,
          `Filen kunde inte läsas: ${error.message} / The upload could not be read`,
        )
      throw error
    }
    const file = req.file
    if (!file?.data) return refuse(400, 'Ingen fil i fältet "file" / No file in the field "file"')
    if (file.data.length > MAX_FILE_BYTES)
      return refuse(413, 'Filen är större än 2 MB / The file is larger than 2 MB')
    if (!/\.(xlsx|csv|txt)$/i.test(file.name ?? '')) {
      return refuse(415, 'Bara .xlsx- och .csv-filer / Only .xlsx and .csv files')
    }
    const dryRun = ['1', 'true'].includes(req.searchParams.get('dryRun') ?? '')
    const { errors, rows, totals } = await importBudget(req.payload, plan.id, file.data, {
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
