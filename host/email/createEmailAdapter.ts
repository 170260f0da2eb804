import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

import type { EmailSettings } from '../settings'

const recipients = (to: unknown): string => {
  if (typeof to === 'string') return to
  if (Array.isArray(to)) return to.map(recipients).join(', ')
  if (to && typeof to === 'object' && 'address' in to) return String(to.address)
  return ''
}

/**
 * Payload's e-mail adapter: nodemailer over SMTP when `SMTP_HOST` is set, otherwise a log line per
 * message that names only the recipient and the subject (never the body).
 */
export const createEmailAdapter =
  (settings: EmailSettings): EmailAdapter =>
  ({ payload }) => {
    const base = {
      defaultFromAddress: settings.from.address,
      defaultFromName: settings.from.name,
    }
    const smtp = settings.smtp
    if (!smtp) {
      return {
        ...base,
        name: 'log',
        sendEmail: async (message) => {
          payload.logger.info(
            `E-mail not sent (no SMTP_HOST): to ${recipients(message.to)}, subject "${message.subject ?? ''}"`,
          )
          return { logged: true }
        },
      }
    }
    const transport = nodemailer.createTransport({
      auth: smtp.user ? { pass: smtp.password, user: smtp.user } : undefined,
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
    })
    return {
      ...base,
      name: 'smtp',
      sendEmail: async (message) => {
        const from = message.from ?? { address: settings.from.address, name: settings.from.name }
        return transport.sendMail({ ...message, from })
      },
    }
  }
