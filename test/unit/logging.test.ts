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
