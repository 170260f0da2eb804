import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

import type { EmailSettings } from '../settings'

// How many addresses a message goes to: the addresses themselves are personal data, kept out of logs.
const recipientCount = (to: unknown): number =>
  Array.isArray(to)
    ? to.reduce<number>((n, each) => n + recipientCount(each), 0)
    : typeof to === 'string'
      ? to.split(',').filter((a) => a.trim()).length
      : to
        ? 1
        : 0

/**
 * Payload's e-mail adapter: nodemailer over SMTP when `SMTP_HOST` is set, otherwise a log line per
 * message with the number of recipients and the subject (never an address, never the body).
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
            `E-mail not sent (no SMTP_HOST): to ${recipientCount(message.to)} recipient(s), subject "${message.subject ?? ''}"`,
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
