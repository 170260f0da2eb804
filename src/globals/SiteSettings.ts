import { parseEmbedOrigins } from '../lib/embedOrigins'
import type { Field, GlobalConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { urlField } from '../fields/urlField'
import { ACCESSIBILITY_COMPLIANCE, ACCESSIBILITY_METHODS } from '../lib/accessibilityStatement'
import { validOrganisationNumber } from '../lib/organisationNumber'
import { markPublicChangeOnGlobal } from '../hooks/publicChange/markPublicChangeHooks'
import { appearanceField } from './appearanceField'
import { bumpNoticeVersion } from './hooks/bumpNoticeVersion'

/** Organisation-wide settings: contact details and the data-protection notice shown on every page. */
/** The settings' places for what features add: the feedback form's settings, the indicators' source. */
export type SiteSettingsParts = { feedbackForm?: Field[]; indicators?: Field[] }

export const createSiteSettingsGlobal = (
  options: SanitizedOptions,
  parts: SiteSettingsParts = {},
): GlobalConfig => ({
  slug: options.slugs.siteSettings,
  access: { read: anyone, update: isAdmin },
  admin: {
    description: {
      en: 'Contact details and the data-protection notice shown on every public page.',
      sv: 'Kontaktuppgifter och dataskyddsinformationen som visas på varje publik sida.',
    },
    group: { en: 'Administration', sv: 'Administration' },
  },
  fields: [
    {
      name: 'organisationName',
      type: 'text',
      defaultValue: options.organisationName,
      label: { en: 'Organisation', sv: 'Organisation' },
      maxLength: 200,
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organisationNumber',
          type: 'text',
          admin: {
            description: {
              en: 'Ten digits, e.g. 212000-2197; names the publisher in the open-data catalogue.',
              sv: 'Tio siffror, t.ex. 212000-2197; anger utgivaren i katalogen över öppna data.',
            },
          },
          label: { en: 'Organisation number', sv: 'Organisationsnummer' },
          maxLength: 11,
          validate: (value: null | string | undefined) =>
            !value ||
            validOrganisationNumber(value) ||
            'Ange ett organisationsnummer med tio siffror, t.ex. 212000-2197 (sista siffran är en kontrollsiffra) / Enter a ten-digit organisation number, e.g. 212000-2197',
        },
        {
          name: 'contactEmail',
          type: 'email',
          admin: {
            description: {
              en: 'The contact point for the open data (a shared mailbox, never a person’s own).',
              sv: 'Kontaktpunkt för de öppna data (en funktionsbrevlåda, aldrig en persons egen).',
            },
          },
          label: { en: 'Contact e-mail', sv: 'Kontaktadress (e-post)' },
        },
      ],
    },
    {
      name: 'contactPhone',
      type: 'text',
      admin: { description: { en: 'E.g. 0123-45 67 89', sv: 'T.ex. 0123-45 67 89' } },
      label: { en: 'Customer service phone', sv: 'Kundtjänsts telefonnummer' },
      maxLength: 40,
      validate: (value: null | string | undefined) =>
        !value ||
        /^[+\d][\d\s-]{4,}$/.test(value) ||
        'Ange ett telefonnummer, t.ex. 0123-45 67 89 / Enter a phone number',
    },
    {
      name: 'customerServiceName',
      type: 'text',
      defaultValue: 'kundtjänst',
      label: { en: 'Customer service (name)', sv: 'Kundtjänst (namn)' },
      localized: true,
      maxLength: 100,
    },
    {
      name: 'dataProtectionNotice',
      type: 'richText',
      localized: true,
      admin: {
        description: {
          en: 'How personal data is processed (GDPR); shown on every page and feedback form.',
          sv: 'Hur personuppgifter behandlas (GDPR); visas på varje sida och vid varje formulär.',
        },
      },
      label: { en: 'Data-protection notice', sv: 'Information om dataskydd' },
    },
    urlField({
      name: 'dataProtectionUrl',
      label: { en: 'Data-protection page (link)', sv: 'Sidan om dataskydd (länk)' },
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'noticeVersion',
          type: 'number',
          admin: { readOnly: true },
          label: { en: 'Notice version', sv: 'Version av informationen' },
        },
        {
          name: 'noticeDate',
          type: 'date',
          admin: { date: { displayFormat: 'yyyy-MM-dd' }, readOnly: true },
          label: { en: 'Notice date', sv: 'Informationens datum' },
        },
      ],
    },
    urlField({
      name: 'accessibilityStatementUrl',
      label: { en: 'Accessibility statement (link)', sv: 'Tillgänglighetsredogörelse (länk)' },
    }),
    {
      name: 'accessibility',
      type: 'group',
      admin: {
        description: {
          en: 'The accessibility statement (DIGG’s model), published at …/tillganglighet once you choose how accessible the site is; it replaces the link above.',
          sv: 'Tillgänglighetsredogörelsen (Diggs mall), publiceras på …/tillganglighet när du valt hur tillgänglig webbplatsen är; den ersätter länken ovan.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'compliance',
              type: 'select',
              label: { en: 'How accessible the site is', sv: 'Hur tillgänglig webbplatsen är' },
              options: ACCESSIBILITY_COMPLIANCE.map(({ label, value }) => ({ label, value })),
            },
            {
              name: 'assessmentMethod',
              type: 'select',
              label: { en: 'How it was assessed', sv: 'Hur den bedömts' },
              options: ACCESSIBILITY_METHODS.map(({ label, value }) => ({ label, value })),
            },
            {
              name: 'assessedOn',
              type: 'date',
              admin: { date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' } },
              label: { en: 'Last assessed', sv: 'Senast bedömd' },
            },
          ],
        },
        {
          name: 'shortcomings',
          type: 'textarea',
          admin: {
            description: {
              en: 'Known shortcomings, one per paragraph (a blank line between).',
              sv: 'Kända brister, en per stycke (en tom rad emellan).',
            },
          },
          label: { en: 'Known shortcomings', sv: 'Kända brister' },
          localized: true,
          maxLength: 6000,
        },
        {
          name: 'howToReport',
          type: 'textarea',
          admin: {
            description: {
              en: 'More ways to report a problem, beside the form on the statement page.',
              sv: 'Fler sätt att rapportera brister, utöver formuläret på redogörelsens sida.',
            },
          },
          label: { en: 'How to report a problem', sv: 'Så rapporterar du brister' },
          localized: true,
          maxLength: 2000,
        },
      ],
      label: { en: 'Accessibility statement', sv: 'Tillgänglighetsredogörelse' },
    },
    ...(parts.feedbackForm ?? []),
    {
      name: 'openDataLicence',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              defaultValue: 'CC0 1.0',
              label: { en: 'Licence', sv: 'Licens' },
              maxLength: 100,
              required: true,
            },
            urlField({
              name: 'url',
              label: { en: 'Licence text (link)', sv: 'Licenstext (länk)' },
            }),
          ],
        },
      ],
      label: { en: 'Open data licence', sv: 'Licens för öppna data' },
    },
    {
      name: 'embedOrigins',
      type: 'textarea',
      admin: {
        description: {
          en: 'Sites that may show the goal cards (…/mal/<goal>/kort) in a frame: one address per line, e.g. https://www.hedemora.se. Empty: only this site.',
          sv: 'Webbplatser som får visa målkorten (…/mal/<mål>/kort) i en ram: en adress per rad, t.ex. https://www.hedemora.se. Tomt: bara den här webbplatsen.',
        },
      },
      label: {
        en: 'Sites that may embed the goal cards',
        sv: 'Webbplatser som får bädda in målkorten',
      },
      maxLength: 2000,
      validate: (value: null | string | undefined) => {
        const parsed = parseEmbedOrigins(value)
        return 'error' in parsed ? parsed.error : true
      },
    },
    {
      name: 'retention',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'personalDataMonths',
              type: 'number',
              defaultValue: 12,
              label: {
                en: 'Delete names and e-mail addresses after (months)',
                sv: 'Radera namn och e-postadresser efter (månader)',
              },
              max: 120,
              min: 1,
              required: true,
            },
            {
              name: 'recordMonths',
              type: 'number',
              defaultValue: 24,
              label: {
                en: 'Delete feedback after (months)',
                sv: 'Radera synpunkter efter (månader)',
              },
              max: 240,
              min: 1,
              required: true,
            },
          ],
        },
      ],
      label: { en: 'Retention periods', sv: 'Gallringsfrister' },
    },
    appearanceField(options.slugs),
    ...(parts.indicators ?? []),
    {
      name: 'reviewWorkflow',
      type: 'checkbox',
      admin: {
        description: {
          en: 'On: editors send content for review and a reviewer (or admin) approves and publishes it. Off: editors publish themselves.',
          sv: 'På: redaktörer skickar innehåll för granskning och en granskare (eller administratör) godkänner och publicerar. Av: redaktörer publicerar själva.',
        },
      },
      defaultValue: true,
      label: { en: 'Review before publishing', sv: 'Granskning före publicering' },
    },
  ],
  hooks: { afterChange: [markPublicChangeOnGlobal], beforeChange: [bumpNoticeVersion] },
  label: { en: 'Site settings', sv: 'Webbplatsinställningar' },
})
