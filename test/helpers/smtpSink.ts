import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A real SMTP server on loopback that keeps every message it receives. */
export type SmtpSink = { close: () => Promise<void>; messages: ParsedMail[]; port: number }

export const startSmtpSink = async (): Promise<SmtpSink> => {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail)
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  const port = await new Promise<number>((resolve, reject) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address()
      if (address && typeof address === 'object') resolve(address.port)
      else reject(new Error('SMTP sink has no port'))
    })
  })
  return { close: () => new Promise((resolve) => server.close(() => resolve())), messages, port }
}

/** Waits up to 5 s for the sink to hold `count` messages (e-mail leaves after the request). */
export const waitForMail = async (sink: SmtpSink, count: number): Promise<void> => {
  for (let i = 0; i < 100 && sink.messages.length < count; i++)
    await new Promise((r) => setTimeout(r, 50))
}
