/** Riket (the whole country) in Kolada. */
export const RIKET_ID = '0000'

/** One stored Kolada figure: an area (municipality, Riket or group) in a year. */
export type KoladaPoint = {
  area: string
  men: null | number
  preliminary: boolean
  value: null | number
  women: null | number
  year: number
}

/** A figure an editor typed ("egen uppgift"), for the municipality and optionally Riket and the group. */
export type ManualFigure = {
  group?: null | number
  national?: null | number
  value?: null | number
  year?: null | number
}

/** One year of an indicator as the page shows it. */
export type SeriesPoint = {
  group: null | number
  national: null | number
  preliminary: boolean
  /** Where the municipality's value comes from: Kolada, or an editor ("egen uppgift"). */
  source: 'kolada' | 'manual'
  value: null | number
  valueMen: null | number
  valueWomen: null | number
  year: number
}

/** Which areas of Kolada's figures make up a series. */
export type SeriesAreas = { group?: null | string; municipality: null | string }

const finite = (n: null | number | undefined): null | number =>
  typeof n === 'number' && Number.isFinite(n) ? n : null

/**
 * The series of one indicator, oldest year first: Kolada's figures for the municipality, Riket and
 * the comparison group, with the editor's own figures in their place for the years they give — an
 * import never overwrites an "egen uppgift". Years with no figure at all are left out.
 */
export const indicatorSeries = (
  kolada: readonly KoladaPoint[],
  manual: readonly ManualFigure[],
  { group, municipality }: SeriesAreas,
): SeriesPoint[] => {
  const years = new Map<number, SeriesPoint>()
  const at = (year: number): SeriesPoint => {
    const existing = years.get(year)
    if (existing) return existing
    const created: SeriesPoint = {
      group: null,
      national: null,
      preliminary: false,
      source: 'kolada',
      value: null,
      valueMen: null,
      valueWomen: null,
      year,
    }
    years.set(year, created)
    return created
  }
  for (const p of kolada) {
    if (p.area === municipality) {
      const point = at(p.year)
      point.value = finite(p.value)
      point.valueWomen = finite(p.women)
      point.valueMen = finite(p.men)
      point.preliminary = p.preliminary
    } else if (p.area === RIKET_ID) {
      at(p.year).national = finite(p.value)
    } else if (group && p.area === group) {
      at(p.year).group = finite(p.value)
    }
  }
  for (const f of manual) {
    const year = finite(f.year)
    const value = finite(f.value)
    if (year === null || !Number.isInteger(year)) continue
    const point = at(year)
    if (value !== null) {
      point.value = value
      point.valueWomen = null
      point.valueMen = null
      point.preliminary = false
      point.source = 'manual'
    }
    point.national = finite(f.national) ?? point.national
    point.group = finite(f.group) ?? point.group
  }
  return [...years.values()]
    .filter((p) => p.value !== null || p.national !== null || p.group !== null)
    .sort((a, b) => a.year - b.year)
}

/** The newest year with a municipality value, or null. */
export const latestYearOf = (series: readonly SeriesPoint[]): null | number =>
  series.reduce<null | number>(
    (latest, p) => (p.value !== null && (latest === null || p.year > latest) ? p.year : latest),
    null,
  )
