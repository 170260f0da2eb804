import type { PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

/**
 * A job's handler with a request of its own. Payload's runner runs the due jobs side by side and
 * hands each the same request, only its transaction kept apart: what one job left in
 * `req.context` (the workflow step it takes) was read by another's hooks — of six scheduled
 * approvals due together, one was published and the others were taken off the site.
 */
export const inOwnRequest =
  <A extends { req: PayloadRequest }, R>(handler: (args: A) => R) =>
  (args: A): R => {
    const req = isolateObjectProperty(args.req, ['context', 'transactionID'])
    req.context = { ...args.req.context }
    req.transactionID = undefined
    return handler({ ...args, req })
  }
