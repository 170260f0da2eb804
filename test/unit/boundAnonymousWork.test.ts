import type { PayloadRequest } from 'payload'

import {
  boundAnonymousWork,
  MAX_ANONYMOUS_READS,
  WORK_BOUND_HEADER,
} from '../../src/hooks/boundAnonymousWork'

const readAll = (req: Partial<PayloadRequest>, count: number) => {
  for (let i = 0; i < count; i++) {
    boundAnonymousWork({ doc: { id: i }, req: req as PayloadRequest } as never)
  }
}

describe('the bound on an anonymous request’s reads', () => {
  it('should stop an anonymous REST or GraphQL request after its 5,000th document, with the header and a 400', () => {
    for (const payloadAPI of ['REST', 'GraphQL'] as const) {
      const req: Partial<PayloadRequest> = { context: {}, payloadAPI }
      readAll(req, MAX_ANONYMOUS_READS)
      let refused: unknown
      try {
        readAll(req, 1)
      } catch (error) {
        refused = error
      }
      expect(refused).toMatchObject({ status: 400 })
      expect((refused as Error).message).toContain('minska limit eller djupet')
      expect(req.responseHeaders?.get(WORK_BOUND_HEADER)).toBe('1')
    }
  })

  it('should not bound staff, nor the server’s own work through the Local API', () => {
    expect(() =>
      readAll({ context: {}, payloadAPI: 'REST', user: { id: 1 } as never }, 6000),
    ).not.toThrow()
    expect(() => readAll({ context: {}, payloadAPI: 'local' }, 6000)).not.toThrow()
  })
})
