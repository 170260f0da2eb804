import type { PayloadRequest } from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'

import { isStaffUser } from '../lib/roles'

/** The largest finance file taken (a budget of a few hundred rows is some kilobytes). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024

export const json = (body: unknown, status: number): Response =>
  Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })
export const refuse = (status: number, message: string): Response =>
  json({ errors: [{ message, row: 0 }] }, status)

/**
 * The file of a finance import (multipart, field `file`, `.xlsx` or `.csv`, at most 2 MB) sent by
 * staff — or the answer that refuses the request: 401/403 for anyone else, 400 for no file or a
 * body that is not multipart, 413 for a larger one, 415 for another kind of file. `exists` finds
 * the document the import is for (404 `notFound` when it answers false), after the sign-in.
 */
export const receiveFinanceFile = async (
  req: PayloadRequest,
  exists: () => Promise<boolean>,
  notFound: string,
): Promise<Buffer | Response> => {
  if (!isStaffUser(req.user)) {
    return refuse(req.user ? 403 : 401, 'Logga in som redaktör / Sign in as staff')
  }
  if (!req.headers.get('content-type')?.includes('multipart/form-data')) {
    return refuse(
      400,
      'Skicka filen som multipart/form-data i fältet "file" / Send the file as multipart field "file"',
    )
  }
  if (Number(req.headers.get('content-length') ?? 0) > MAX_FILE_BYTES + 64 * 1024) {
    return refuse(413, 'Filen är större än 2 MB / The file is larger than 2 MB')
  }
  if (!(await exists())) return refuse(404, notFound)
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    if (error instanceof APIError)
      return refuse(400, `Filen kunde inte läsas: ${error.message} / The upload could not be read`)
    throw error
  }
  const file = req.file
  if (!file?.data) return refuse(400, 'Ingen fil i fältet "file" / No file in the field "file"')
  if (file.data.length > MAX_FILE_BYTES)
    return refuse(413, 'Filen är större än 2 MB / The file is larger than 2 MB')
  if (!/\.(xlsx|csv|txt)$/i.test(file.name ?? '')) {
    return refuse(415, 'Bara .xlsx- och .csv-filer / Only .xlsx and .csv files')
  }
  return file.data
}
