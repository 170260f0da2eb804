import type { RequestListener } from 'node:http'

import http from 'node:http'

/**
 * Before the server takes its first request: each kind of route answered once, on a private port,
 * so that the one-time work of a first request — Next.js loading a route's code, Payload building
 * its GraphQL schema, the page composed and rendered — is done while nobody waits. Without it the
 * first sign-in, page view or GraphQL query after a start held the event loop 200–300 ms.
 */
export const warmUp = async (
  app: RequestListener,
  paths: { body?: unknown; headers?: Record<string, string>; method?: string; path: string }[],
): Promise<void> => {
  const server = http.createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  try {
    for (const { body, headers, method = body === undefined ? 'GET' : 'POST', path } of paths) {
      await fetch(`http://127.0.0.1:${port}${path}`, {
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...headers },
        method,
        redirect: 'follow',
      })
        .then((res) => res.arrayBuffer())
        .catch(() => undefined) // a route that fails to warm is only slower on its first request
    }
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}
