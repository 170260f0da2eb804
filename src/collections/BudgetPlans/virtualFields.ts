import type { Field, PayloadRequest } from 'payload'

import type { SiteSetting } from '../../types'

import { pageUpdatedText } from '../../lib/pageUpdatedText'
import { noticeInForce } from '../../lib/noticeInForce'
import { pluginOptionsOf } from '../../options/pluginOptionsOf'

const SETTINGS_CACHE = 'malOchBudget.siteSettings'

/** The site settings in the reader's locale, read once per request. */
export const siteSettingsFor = async (req: PayloadRequest): Promise<SiteSetting> => {
  const key = `${SETTINGS_CACHE}:${req.locale ?? ''}`
  const cached = req.context[key]
  if (cached) return cached as SiteSetting
  const settings = await req.payload.findGlobal({
    slug: pluginOptionsOf(req.payload.config).slugs.siteSettings,
    depth: 0,
    fallbackLocale: req.fallbackLocale,
    locale: req.locale ?? undefined,
    overrideAccess: true,
    req,
  })
  req.context[key] = settings
  return settings as SiteSetting
}

const localeOf = (req: PayloadRequest): 'en' | 'sv' => (req.locale === 'en' ? 'en' : 'sv')

/** Read-only fields computed on every read: the "Sida uppdaterad" text and the notice in force. */
export const virtualFields = (): Field[] => [
  {
    name: 'pageUpdatedText',
    type: 'text',
    admin: { hidden: true },
    hooks: {
      afterRead: [
        ({ req, siblingData }) =>
          siblingData.pageUpdatedAt
            ? pageUpdatedText(siblingData.pageUpdatedAt, localeOf(req))
            : null,
      ],
    },
    label: { en: 'Page updated (text)', sv: 'Sida uppdaterad (text)' },
    virtual: true,
  },
  {
    name: 'dataProtectionNotice',
    type: 'group',
    admin: { hidden: true },
    fields: [
      { name: 'text', type: 'textarea' },
      { name: 'version', type: 'number' },
      { name: 'date', type: 'date' },
      { name: 'pageUrl', type: 'text' },
      { name: 'phone', type: 'text' },
      { name: 'customerService', type: 'text' },
    ],
    hooks: {
      afterRead: [async ({ req }) => noticeInForce(await siteSettingsFor(req))],
    },
    label: { en: 'Data-protection notice in force', sv: 'Gällande dataskyddsinformation' },
    virtual: true,
  },
]
