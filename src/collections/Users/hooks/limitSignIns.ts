import type {
  CollectionAfterLoginHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { APIError } from 'payload'
import { pbkdf2 } from 'node:crypto'
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'

import { RESET_ASKED_AT } from '../../../hooks/contextKeys'
import { clientAddressOf } from '../../../lib/clientAddress'
import { limiterFor } from '../../../lib/rateLimiter'
import { pluginOptionsOf } from '../../../options/pluginOptionsOf'

/** Sign-in attempts per client address in ten minutes, whatever the account. */
export const LOGINS_PER_ADDRESS = 20
/** Failed sign-ins to one account from one address before that pair waits 15 minutes. */
export const FAILURES_PER_ACCOUNT_AND_ADDRESS = 5
/** Password-reset requests per client address in an hour. */
export const RESETS_PER_ADDRESS = 5
/** A password-reset request is answered no sooner than this, whether the address exists or not. */
export const RESET_ANSWER_MS = 800

type Limiters = {
  failures: RateLimiterAbstract
  logins: RateLimiterAbstract
  resets: RateLimiterAbstract
}

/** The site's limiters: in its shared store (the whole cluster) or in this process. */
const limitersOf = (req: PayloadRequest): Limiters => {
  const { rateLimitStore } = pluginOptionsOf(req.payload.config)
  return {
    failures: limiterFor(rateLimitStore, {
      duration: 15 * 60,
      keyPrefix: 'login-failures',
      points: FAILURES_PER_ACCOUNT_AND_ADDRESS,
    }),
    logins: limiterFor(rateLimitStore, {
      duration: 10 * 60,
      keyPrefix: 'logins',
      points: LOGINS_PER_ADDRESS,
    }),
    resets: limiterFor(rateLimitStore, {
      duration: 60 * 60,
      keyPrefix: 'resets',
      points: RESETS_PER_ADDRESS,
    }),
  }
}

/** The client address, as the host's server vouches for it (see `clientAddressOf`). */
const clientAddress = (req: PayloadRequest): string =>
  clientAddressOf(pluginOptionsOf(req.payload.config), req.headers)

const emailOf = (data: unknown): string =>
  data && typeof data === 'object' && 'email' in data && typeof data.email === 'string'
    ? data.email.trim().toLowerCase().slice(0, 254)
    : ''

const tooMany = (rejection: unknown, sv: string, en: string) => {
  if (!(rejection instanceof RateLimiterRes)) throw rejection
  const minutes = Math.max(1, Math.ceil(rejection.msBeforeNext / 60_000))
  return new APIError(
    `${sv} Försök igen om ${minutes} min. / ${en} Try again in ${minutes} min.`,
    429,
    undefined,
    true,
  )
}

// The work Payload does to check a password (pbkdf2-sha256, 600,000 rounds), spent on purpose
// when there is no such account, so that an unknown address takes as long as a wrong password.
const checkNoPassword = (password: unknown): Promise<void> =>
  new Promise((resolve) =>
    pbkdf2(String(password ?? ''), 'no-such-account', 600_000, 32, 'sha256', () => resolve()),
  )

/**
 * Before a sign-in: at most {@link LOGINS_PER_ADDRESS} attempts per address, and an account that
 * failed {@link FAILURES_PER_ACCOUNT_AND_ADDRESS} times *from this address* waits — nobody can lock
 * a colleague out from elsewhere. An unknown address is answered in the time and words of a wrong
 * password. Before a password reset: at most {@link RESETS_PER_ADDRESS} per address and hour.
 */
export const limitSignIns: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const address = clientAddress(req)
  const limiters = limitersOf(req)
  if (operation === 'forgotPassword') {
    req.context[RESET_ASKED_AT] = Date.now()
    await limiters.resets.consume(address).catch((rejection: unknown) => {
      throw tooMany(
        rejection,
        'För många begäranden om nytt lösenord.',
        'Too many password resets.',
      )
    })
    return args
  }
  if (operation !== 'login') return args
  const email = emailOf('data' in args ? args.data : undefined)
  await limiters.logins.consume(address).catch((rejection: unknown) => {
    throw tooMany(
      rejection,
      'För många inloggningsförsök från din adress.',
      'Too many sign-in attempts from your address.',
    )
  })
  const failures = await limiters.failures.get(`${email}|${address}`)
  if (failures && failures.consumedPoints >= FAILURES_PER_ACCOUNT_AND_ADDRESS) {
    throw tooMany(
      failures,
      'För många misslyckade inloggningar till kontot.',
      'Too many failed sign-ins to this account.',
    )
  }
  // Counted now and forgiven on success (resetSignInFailures): Payload has no hook on a failure.
  await limiters.failures.penalty(`${email}|${address}`)
  const user = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: email } },
  })
  if (!user)
    await checkNoPassword(
      'data' in args && args.data && 'password' in args.data ? args.data.password : '',
    )
  return args
}

/** After a successful sign-in: the failures counted for this account and address are forgiven. */
export const resetSignInFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  const email = typeof user.email === 'string' ? user.email.toLowerCase() : ''
  await limitersOf(req).failures.delete(`${email}|${clientAddress(req)}`)
  return user
}

/**
 * After a password-reset request: answered no sooner than {@link RESET_ANSWER_MS} after it came,
 * so the time does not tell whether the address has an account (the text never does).
 */
export const evenResetAnswerTime: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  const askedAt = req.context[RESET_ASKED_AT]
  if (operation === 'forgotPassword' && typeof askedAt === 'number') {
    const rest = RESET_ANSWER_MS - (Date.now() - askedAt)
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest))
  }
  return result
}
