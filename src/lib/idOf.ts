import type { Payload } from 'payload'

import type { IdFormat } from './checkConditionValue'

/** A document id as Payload gives it: a number (SQL databases) or a string (MongoDB, UUIDs). */
export type DocumentId = number | string

/** True when the value is an id itself (not a populated document). */
export const isDocumentId = (value: unknown): value is DocumentId =>
  typeof value === 'string' || typeof value === 'number'

/**
 * The id of a relationship value, whether Payload gave an id or a populated document (`{ id }`);
 * undefined for anything else.
 */
export const idOf = (value: unknown): DocumentId | undefined =>
  isDocumentId(value)
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? idOf(value.id)
      : undefined

/** The id format of the database a Payload instance runs on. */
export const idFormatOf = (payload: Payload): IdFormat =>
  payload.db.defaultIDType === 'number'
    ? 'number'
    : payload.db.name === 'mongoose'
      ? 'objectId'
      : 'text'
