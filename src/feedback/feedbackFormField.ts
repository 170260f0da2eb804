import type { Field, GroupField } from 'payload'

const text = (name: string, en: string, sv: string, defaultValue: string): Field => ({
  name,
  type: 'text',
  defaultValue,
  label: { en, sv },
  localized: true,
  maxLength: 500,
})

/** Default text on how feedback and its personal data are handled. */
export const PRIVACY_DEFAULT =
  'Din synpunkt skickas till den som ansvarar för sidan och används för att förbättra webbplatsen och, om du anger din e-postadress, för att svara dig. Synpunkter till kommunen blir allmänna handlingar. Namn och e-postadress raderas efter {personalDataMonths} månader och själva synpunkten efter {recordMonths} månader.'

/** The texts of the feedback form shown under every page. */
export const feedbackFormField = (): GroupField => ({
  name: 'feedbackForm',
  type: 'group',
  fields: [
    text(
      'heading',
      'Heading',
      'Rubrik',
      'Har du synpunkter på den här sidan, tar vi tacksamt emot dem.',
    ),
    {
      name: 'intro',
      type: 'textarea',
      defaultValue:
        'Fyll i formuläret nedan och dina synpunkter skickas till ansvarig för sidan. Om du anger din e-postadress kan vi ge återkoppling annars kan vi tyvärr inte svara.',
      label: { en: 'Introduction', sv: 'Inledning' },
      localized: true,
      maxLength: 2000,
    },
    text(
      'thanks',
      'Closing line',
      'Avslutning',
      'Tack för att du hjälper oss att skapa en bättre webbplats.',
    ),
    {
      name: 'privacy',
      type: 'textarea',
      admin: {
        description: {
          en: '{personalDataMonths} and {recordMonths} are replaced by the retention periods.',
          sv: '{personalDataMonths} och {recordMonths} ersätts med gallringsfristerna.',
        },
      },
      defaultValue: PRIVACY_DEFAULT,
      label: { en: 'How the data is used', sv: 'Hur uppgifterna används' },
      localized: true,
      maxLength: 2000,
    },
    {
      type: 'row',
      fields: [
        text('nameLabel', 'Name label', 'Etikett för namn', 'Ditt namn:'),
        text('emailLabel', 'E-mail label', 'Etikett för e-post', 'Din e-postadress:'),
        text('messageLabel', 'Comment label', 'Etikett för synpunkt', 'Din synpunkt:'),
      ],
    },
  ],
  label: { en: 'Feedback form', sv: 'Formulär för synpunkter' },
})
