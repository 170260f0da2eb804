import type { CollectionConfig, Field, IncomingAuthType } from 'payload'

import type { SanitizedOptions } from '../../options/types'

import { isAdmin } from '../../access/isAdmin'
import { isAdminField } from '../../access/isAdminField'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { isStaff } from '../../access/isStaff'
import { ROLES } from '../../lib/roles'
import { assignFirstUserAdmin } from './hooks/assignFirstUserAdmin'
import { evenResetAnswerTime, limitSignIns, resetSignInFailures } from './hooks/limitSignIns'
import { protectLastAdminOnChange, protectLastAdminOnDelete } from './hooks/protectLastAdmin'

const roleLabels = {
  admin: { en: 'Admin', sv: 'Administratör' },
  editor: { en: 'Editor', sv: 'Redaktör' },
  reviewer: { en: 'Reviewer', sv: 'Granskare' },
} as const

/** The staff roles, on whichever auth collection holds the staff. Only admins change them. */
export const rolesField = (): Field => ({
  name: 'roles',
  type: 'select',
  access: { create: isAdminField, update: isAdminField },
  // Not on the form that makes the first account: that account becomes an administrator.
  admin: { condition: (_data, _siblingData, { user }) => Boolean(user) },
  defaultValue: ['editor'],
  hasMany: true,
  label: { en: 'Roles', sv: 'Roller' },
  options: ROLES.map((value) => ({ label: roleLabels[value], value })),
  saveToJWT: true,
})

const auth = (
  incoming: CollectionConfig['auth'],
  { serverUrl }: SanitizedOptions,
): IncomingAuthType => {
  const own: IncomingAuthType = typeof incoming === 'object' ? incoming : {}
  return {
    ...own,
    cookies: { sameSite: 'Lax', secure: serverUrl.startsWith('https://'), ...own.cookies },
    // Payload's own lock-out locks an account for everyone after five failures from anywhere;
    // limitSignIns limits per address and per (account, address) instead.
    maxLoginAttempts: own.maxLoginAttempts ?? 0,
  }
}

/**
 * Makes an auth collection the staff collection: the `roles` field, sign-in limits, the first
 * account becoming admin and the last admin kept. Rules and hooks the collection already has are
 * kept (its own access wins; its hooks run first).
 */
export const withStaffRoles = (
  collection: CollectionConfig,
  options: SanitizedOptions,
): CollectionConfig => {
  const own = collection.hooks ?? {}
  const hasRoles = collection.fields.some((field) => 'name' in field && field.name === 'roles')
  return {
    ...collection,
    access: {
      create: isAdmin,
      delete: isAdmin,
      read: isStaff,
      unlock: isAdmin,
      update: isAdminOrSelf,
      ...collection.access,
    },
    auth: auth(collection.auth, options),
    fields: hasRoles ? collection.fields : [...collection.fields, rolesField()],
    hooks: {
      ...own,
      afterLogin: [...(own.afterLogin ?? []), resetSignInFailures],
      afterOperation: [...(own.afterOperation ?? []), evenResetAnswerTime],
      beforeChange: [...(own.beforeChange ?? []), assignFirstUserAdmin, protectLastAdminOnChange],
      beforeDelete: [...(own.beforeDelete ?? []), protectLastAdminOnDelete],
      beforeOperation: [...(own.beforeOperation ?? []), limitSignIns],
    },
  }
}

/**
 * The staff collection the plugin brings when the host has no auth collection of its own (the
 * plugin then makes it the staff collection with {@link withStaffRoles}, as it would the host's).
 */
export const createUsersCollection = ({ slugs }: SanitizedOptions): CollectionConfig => ({
  slug: slugs.users,
  access: { admin: isStaff },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    description: {
      en: 'Staff who edit and publish content. Admins manage accounts and roles.',
      sv: 'Personal som redigerar och publicerar innehåll. Administratörer hanterar konton och roller.',
    },
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'email',
  },
  auth: { tokenExpiration: 8 * 60 * 60 },
  fields: [{ name: 'name', type: 'text', label: { en: 'Name', sv: 'Namn' }, maxLength: 100 }],
  labels: {
    plural: { en: 'Users', sv: 'Användare' },
    singular: { en: 'User', sv: 'Användare' },
  },
})
