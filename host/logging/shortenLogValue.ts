/** Longest string written to the log as it is; longer ones are cut with a note of the length. */
export const MAX_LOG_STRING = 4000

const MAX_DEPTH = 4

/**
 * A copy of a value to log with every string cut to {@link MAX_LOG_STRING} characters, so no log
 * line grows with the size of a request. Plain objects and arrays are copied (to a few levels);
 * anything else is returned as it is.
 */
export const shortenLogValue = (value: unknown, depth = 0): unknown => {
  if (typeof value === 'string') {
    return value.length > MAX_LOG_STRING
      ? `${value.slice(0, MAX_LOG_STRING)}… [${value.length - MAX_LOG_STRING} characters more]`
      : value
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    const head = value.slice(0, 50).map((item) => shortenLogValue(item, depth + 1))
    return value.length > 50 ? [...head, `… ${value.length - 50} more`] : head
  }
  const prototype: unknown = Object.getPrototypeOf(value)
  // Errors go through the `err` serializer; dates, buffers and class instances stay as they are.
  if (prototype !== Object.prototype && prototype !== null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, shortenLogValue(item, depth + 1)]),
  )
}
