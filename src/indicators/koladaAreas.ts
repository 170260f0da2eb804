import type { SiteSetting } from '../types'
import type { SanitizedOptions } from '../options/types'

/** The areas a site's indicator figures are read for. */
export type KoladaAreas = {
  group: null | string
  groupTitle: null | string
  municipality: null | string
}

/** The municipality and comparison group in force: the plugin's options first, then the site settings. */
export const koladaAreasOf = (
  { indicators }: Pick<SanitizedOptions, 'indicators'>,
  settings: Pick<SiteSetting, 'kolada'> | null | undefined,
): KoladaAreas => ({
  group: indicators.groupId ?? settings?.kolada?.groupId ?? null,
  groupTitle: settings?.kolada?.groupTitle ?? null,
  municipality: indicators.municipalityId ?? settings?.kolada?.municipalityId ?? null,
})
