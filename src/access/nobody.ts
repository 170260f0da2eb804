import type { Access } from 'payload'

/** Nobody through the API (the local API with `overrideAccess` still can). */
export const nobody: Access = () => false
