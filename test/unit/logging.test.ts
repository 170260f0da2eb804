import pino from 'pino'

import { loggerConfig } from '../../host/logging/loggerConfig'
import { readSettings } from '../../host/settings'
import { expectedError } from '../../src/lib/errorStatus'
import { MAX_LOG_STRING, shortenLogValue } from '../../host/logging/shortenLogValue'

describe('expectedError', () => {
  it('should find the status of an error wrapped by a query or a GraphQL error', () => {
    const busy = Object.assign(new Error('Databasen är upptagen / busy'), { status: 503 })
    const query = Object.assign(new Error('Failed query: insert …'), { cause: busy })
    expect(expectedError(query)).toEqual({ message: 'Databasen är upptagen / busy', status: 503 })
    const graphql = { message: 'wrapped', originalError: { message: 'Hittades inte', status: 404 } }
    expect(expectedError(graphql)).toEqual({ message: 'Hittades inte', status: 404 })
  })

  it('should call a bug a bug', () => {
    expect(expectedError(new TypeError('x is not a function'))).toBeUndefined()
    expect(expectedError(Object.assign(new Error('boom'), { status: 500 }))).toBeUndefined()
  })

  it('should know the unreadable requests Payload does not classify', () => {
    const multipart = new Error('Unexpected end of form')
    multipart.stack =
      'Error: Unexpected end of form\n    at Multipart._final (/app/node_modules/busboy/lib/types/multipart.js:588:17)'
    expect(expectedError(multipart)).toMatchObject({ status: 400 })
    const where = new SyntaxError('Unexpected token')
    where.stack =
      'SyntaxError: Unexpected token\n    at JSON.parse (<anonymous>)\n    at parseParams (file:///app/payload/dist/utilities/parseParams/index.js:59:35)'
    expect(expectedError(where)).toMatchObject({
      message: expect.stringMatching(/not valid JSON/),
      status: 400,
    })
  })
})

describe('shortenLogValue', () => {
  it('should cut long strings anywhere in a plain object, and leave dates and errors be', () => {
    const date = new Date()
    const shortened = shortenLogValue({
      at: date,
      msg: 'x'.repeat(3 * MAX_LOG_STRING),
      nested: { ids: Array.from({ length: 33_000 }, (_, i) => i) },
    }) as {
      at: Date
      msg: string
      nested: { ids: unknown[] }
    }
    expect(shortened.msg.length).toBeLessThan(MAX_LOG_STRING + 50)
    expect(shortened.msg).toMatch(/characters more\]$/)
    expect(shortened.nested.ids).toHaveLength(51)
    expect(shortened.at).toBe(date)
    expect(JSON.stringify(shortened).length).toBeLessThan(2 * MAX_LOG_STRING)
  })
})

describe('the log levels of what Payload logs', () => {
  const logged = (write: (logger: pino.Logger) => void): { level: number; msg: string }[] => {
    const lines: string[] = []
    const config = loggerConfig(
      readSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) }),
    )
    const options = (config as { options: pino.LoggerOptions }).options
    const logger = pino(options, { write: (line: string) => void lines.push(line) })
    write(logger)
    return lines.map((line) => JSON.parse(line) as { level: number; msg: string })
  }

  it('should log a refused upload (the uploader’s mistake) as info, and a real error as error', () => {
    expect(
      logged((logger) => {
        logger.error('File type text/plain (from extension jpg) is not allowed.')
        logger.error('Invalid MIME type: image/png.')
        logger.error('Something broke')
      }).map(({ level, msg }) => [level, msg]),
    ).toEqual([
      [30, '400: File type text/plain (from extension jpg) is not allowed.'],
      [30, '400: Invalid MIME type: image/png.'],
      [50, 'Something broke'],
    ])
  })
})
