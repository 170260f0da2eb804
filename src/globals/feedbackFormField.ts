import type { Field, GroupField } from 'payload'

const text = (name: string, en: string, sv: string, defaultValue: string): Field => ({
  name,
  type: 'text',
  defaultValue,
  label: { en, sv },
  localized: true,
  maxLength: 500,
})

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
