/** What an admin action's POST answered: its status and its JSON (or nothing). */
export type ActionAnswer = { body: Record<string, unknown>; ok: boolean; status: number }

/** POSTs JSON to one of the plugin's staff endpoints with the admin's session. */
export const postJson = async (url: string, body: unknown = {}): Promise<ActionAnswer> => {
  const response = await fetch(url, {
    body: JSON.stringify(body),
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  return { body: json, ok: response.ok, status: response.status }
}

/** The first error message of an answer, or a fallback that names the status. */
export const messageOf = (answer: ActionAnswer): string => {
  const errors = answer.body.errors
  const first = Array.isArray(errors) ? (errors[0] as { message?: unknown } | undefined) : undefined
  return typeof first?.message === 'string' ? first.message : `Det gick inte (${answer.status}).`
}
