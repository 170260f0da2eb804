import { z } from 'zod'

import { FEEDBACK_TOPICS } from './accessibilityStatement'

/** Longest message accepted, counted after trimming. */
export const MESSAGE_MAX = 4000
/** Longest name accepted. */
export const NAME_MAX = 100
/** Longest e-mail address accepted (RFC 5321). */
export const EMAIL_MAX = 254
/** Name of the hidden field that only robots fill in. */
export const HONEYPOT_FIELD = 'website'

const msg = (sv: string, en: string) => ({ message: `${sv} / ${en}` })

// Control characters other than tab and line breaks have no place in a comment.
const ALLOWED_CONTROL = new Set([9, 10, 13])
const noControlCharacters = (value: string) => {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if ((code < 32 && !ALLOWED_CONTROL.has(code)) || code === 127) return false
  }
  return true
}

const optionalText = (max: number, what: { en: string; sv: string }) =>
  z
    .string(msg(`${what.sv} ska vara text`, `${what.en} must be text`))
    .transform((v) => v.trim())
    .refine(
      (v) => v.length <= max,
      msg(`${what.sv} får vara högst ${max} tecken`, `${what.en}: at most ${max} characters`),
    )
    .refine(
      noControlCharacters,
      msg(
        `${what.sv} innehåller otillåtna tecken`,
        `${what.en} contains characters that are not allowed`,
      ),
    )
    .optional()
    .transform((v) => (v === '' ? undefined : v))

/** The person-written fields of a feedback, checked the same way wherever feedback is created. */
export const feedbackFieldsSchema = z.object({
  email: optionalText(EMAIL_MAX, { en: 'E-mail address', sv: 'E-postadressen' })
    .refine(
      (v) => v === undefined || z.email().safeParse(v).success,
      msg(
        'Ange en giltig e-postadress, t.ex. namn@exempel.se',
        'Enter a valid e-mail address, e.g. name@example.com',
      ),
    )
    // Stored in lower case, so one person's feedback is found whichever way they typed it.
    .transform((v) => v?.toLowerCase()),
  message: z
    .string(msg('Skriv din synpunkt', 'Write your comment'))
    .transform((v) => v.trim())
    .refine((v) => v.length >= 1, msg('Skriv din synpunkt', 'Write your comment'))
    .refine(
      (v) => v.length <= MESSAGE_MAX,
      msg(`Synpunkten får vara högst ${MESSAGE_MAX} tecken`, `At most ${MESSAGE_MAX} characters`),
    )
    .refine(
      noControlCharacters,
      msg(
        'Synpunkten innehåller otillåtna tecken',
        'The comment contains characters that are not allowed',
      ),
    ),
  name: optionalText(NAME_MAX, { en: 'Name', sv: 'Namnet' }),
})

/** A feedback submission from the public: the page and the person-written fields, plus the honeypot. */
export const feedbackSubmissionSchema = feedbackFieldsSchema.extend({
  page: z.union(
    [
      z.number().int().positive(),
      z
        .string()
        .trim()
        .regex(/^(?:[0-9a-f]{24}|\d{1,12}|\/[\w\-/]{1,200})$/, msg('Okänd sida', 'Unknown page')),
    ],
    msg('Ange sidan (id eller adress)', 'Give the page (id or address)'),
  ),
  topic: z
    .enum(
      FEEDBACK_TOPICS,
      msg('Okänt ämne: content eller accessibility', 'Unknown topic: content or accessibility'),
    )
    .optional(),
  [HONEYPOT_FIELD]: z
    .string()
    .max(0, msg('Formuläret kunde inte skickas', 'The form could not be sent'))
    .optional(),
})

/** A checked submission. */
export type FeedbackSubmission = z.infer<typeof feedbackSubmissionSchema>

/** Per-field messages of a refused submission: field name → message (Swedish / English). */
export type FieldErrors = Record<string, string>

/** Checks any input against a schema; the result is the cleaned value or per-field messages. */
export const checkInput = <T>(
  schema: z.ZodType<T>,
  input: unknown,
): { errors: FieldErrors; ok: false } | { ok: true; value: T } => {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      errors: { _: 'Skicka ett formulär eller ett JSON-objekt / Send a form or a JSON object' },
      ok: false,
    }
  }
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_')
    errors[field] ??= issue.message
  }
  return { errors, ok: false }
}
