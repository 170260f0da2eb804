import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedOptions } from '../../options/types'

import { pageRecipients } from '../../email/pageRecipients'
import { idOf } from '../../lib/idOf'

/**
 * A new feedback is e-mailed to the page owner (or the admins): the page, the message and a link
 * to it in the admin; never the resident's name or e-mail address. A failed mail is logged without
 * any of the feedback's contents and does not undo the submission.
 */
export const notifyPageOwner =
  ({ serverUrl, slugs }: SanitizedOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (operation !== 'create') return doc
    try {
      const pageId = idOf(doc.page)
      const plan = pageId
        ? await req.payload.findByID({
            id: pageId,
            collection: slugs.budgetPlans,
            depth: 1,
            overrideAccess: true,
            req,
          })
        : null
      const to = await pageRecipients(req, plan?.pageOwner)
      if (to.length === 0) return doc
      const title = plan?.title ?? doc.pagePath ?? 'okänd sida'
      const link = `${serverUrl}${req.payload.config.routes.admin}/collections/${slugs.feedback}/${doc.id}`
      await req.payload.sendEmail({
        subject:
          doc.topic === 'accessibility'
            ? `Tillgänglighetsproblem rapporterat: "${title}" / Accessibility problem reported`
            : `Ny synpunkt på sidan "${title}" / New feedback`,
        text:
          (doc.topic === 'accessibility'
            ? 'En invånare rapporterar ett tillgänglighetsproblem via tillgänglighetsredogörelsen (lagen kräver ett svar):\n\n'
            : `En ny synpunkt har kommit in på sidan "${title}"${doc.pagePath ? ` (${doc.pagePath})` : ''}:\n\n`) +
          `${doc.message}\n\n` +
          `${doc.email ? 'Invånaren vill ha svar: kontaktuppgifterna finns i administrationen.' : 'Invånaren har inte lämnat någon e-postadress.'}\n` +
          `Öppna synpunkten: ${link}\n`,
        to,
      })
    } catch (err) {
      req.payload.logger.error(
        `Feedback ${doc.id}: the notification e-mail could not be sent (${err instanceof Error ? err.name : 'error'})`,
      )
    }
    return doc
  }
