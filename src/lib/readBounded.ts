import { Readable } from 'node:stream'

/**
 * Reads a request body of at most `limit` bytes; undefined when it is longer. Past the limit
 * nothing more is kept: a web stream is cancelled, a Node stream (an incoming request, or with
 * `drain`) is read to its end and thrown away, so its connection can still carry the answer.
 */
export const readBounded = async (
  body: AsyncIterable<Uint8Array> | null | undefined,
  limit: number,
  { drain = body instanceof Readable }: { drain?: boolean } = {},
): Promise<Buffer | undefined> => {
  if (!body) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of body) {
    size += chunk.byteLength
    if (size > limit) {
      if (!drain) return undefined // leaving the loop cancels the stream
      continue
    }
    chunks.push(chunk)
  }
  return size > limit ? undefined : Buffer.concat(chunks)
}
