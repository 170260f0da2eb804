import type { Access } from 'payload'

/** Everyone, anonymous readers included. */
export const anyone: Access = () => true
