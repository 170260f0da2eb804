import type { KoladaDataRow } from './kolada/koladaSchemas'
import type { KoladaPoint } from '../lib/indicatorSeries'

/** One figure that an import changed: `before` null for a new one, `after` null for one gone. */
export type FigureChange = {
  after: null | number
  area: string
  before: null | number
  kpiId: string
  year: number
}

const isDeleted = (v: object): boolean => 'isdeleted' in v && v.isdeleted === true

/** Kolada's rows as stored points: total, women and men per area and year; "prel" marks preliminary. */
export const toPoints = (rows: readonly KoladaDataRow[]): KoladaPoint[] => {
  const byKey = new Map<string, KoladaPoint>()
  for (const row of rows) {
    const values = row.values.filter((v) => !isDeleted(v))
    const of = (gender: 'K' | 'M' | 'T') => values.find((v) => v.gender === gender)?.value ?? null
    byKey.set(`${row.municipality}:${row.period}`, {
      area: row.municipality,
      men: of('M'),
      preliminary: values.some((v) => /prel/i.test(v.status ?? '')),
      value: of('T'),
      women: of('K'),
      year: row.period,
    })
  }
  return [...byKey.values()].sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year)
}

/**
 * The stored points after an import of `areas` × `years`: the fresh figures replace whatever was
 * stored for those areas and years; older years and other areas stay as they were.
 */
export const mergePoints = (
  stored: readonly KoladaPoint[],
  fresh: readonly KoladaPoint[],
  areas: readonly string[],
  years: readonly number[],
): KoladaPoint[] => {
  const covered = (p: KoladaPoint) => areas.includes(p.area) && years.includes(p.year)
  return [...stored.filter((p) => !covered(p)), ...fresh].sort(
    (a, b) => a.area.localeCompare(b.area) || a.year - b.year,
  )
}

const same = (a: KoladaPoint | undefined, b: KoladaPoint | undefined): boolean =>
  a?.value === b?.value &&
  a?.women === b?.women &&
  a?.men === b?.men &&
  Boolean(a?.preliminary) === Boolean(b?.preliminary)

/** The figures that differ between two point sets (any of total, women, men or preliminary). */
export const diffPoints = (
  kpiId: string,
  before: readonly KoladaPoint[],
  after: readonly KoladaPoint[],
): FigureChange[] => {
  const key = (p: KoladaPoint) => `${p.area}:${p.year}`
  const old = new Map(before.map((p) => [key(p), p]))
  const fresh = new Map(after.map((p) => [key(p), p]))
  const changes: FigureChange[] = []
  for (const k of new Set([...old.keys(), ...fresh.keys()])) {
    const a = old.get(k)
    const b = fresh.get(k)
    if (same(a, b)) continue
    const p = (b ?? a) as KoladaPoint
    changes.push({
      after: b?.value ?? null,
      area: p.area,
      before: a?.value ?? null,
      kpiId,
      year: p.year,
    })
  }
  return changes.sort((x, y) => x.area.localeCompare(y.area) || x.year - y.year)
}
