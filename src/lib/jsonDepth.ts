/**
 * The deepest nesting of arrays and objects in a JSON text, scanned byte by byte (strings and
 * their escapes skipped) and given up past `limit`: a linear pass that lets a reader refuse a
 * deeply nested answer before `JSON.parse` and a schema walk spend seconds on it.
 */
export const jsonDepthWithin = (text: Uint8Array, limit: number): boolean => {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]
    if (inString) {
      if (c === 0x5c)
        i += 1 // backslash: skip the escaped byte
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      depth += 1
      if (depth > limit) return false
    } else if (c === 0x7d || c === 0x5d) depth -= 1
  }
  return true
}
