import type { CollectionConfig } from 'payload'

import type { SanitizedMalOchBudgetPluginOptions } from '../../options/types'

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
} as const

/** Slug of the staff collection. */
export const USERS_SLUG = 'users'

/** Staff accounts with roles; the first account becomes admin. */
export const createUsersCollection = (
  options: SanitizedMalOchBudgetPluginOptions,
  {
    secureCookies,
  }: { /** Sessions only over https (the site is served over https). */ secureCookies: boolean },
): CollectionConfig => ({
  slug: USERS_SLUG,
  access: {
    admin: isStaff,
    create: isAdmin,
    delete: isAdmin,
    read: isStaff,
    unlock: isAdmin,
    update: isAdminOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    description: {
      en: 'Staff who edit and publish content. Admins manage accounts and roles.',
      sv: 'Personal som redigerar och publicerar innehåll. Administratörer hanterar konton och roller.',
    },
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'email',
  },
  auth: {
    cookies: { sameSite: 'Lax', secure: secureCookies },
    // Payload's own lock-out locks an account for everyone after five failures from anywhere;
    // limitSignIns limits per address and per (account, address) instead.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', sv: 'Namn' },
      maxLength: 100,
    },
    {
      name: 'roles',
      type: 'select',
      access: { create: isAdminField, update: isAdminField },
      defaultValue: ['editor'],
      hasMany: true,
      label: { en: 'Roles', sv: 'Roller' },
      options: ROLES.map((value) => ({ label: roleLabels[value], value })),
      required: true,
      saveToJWT: true,
    },
  ],
  hooks: options.disabled
    ? {}
    : {
        afterLogin: [resetSignInFailures],
        afterOperation: [evenResetAnswerTime],
        beforeChange: [assignFirstUserAdmin, protectLastAdminOnChange],
        beforeDelete: [protectLastAdminOnDelete],
        beforeOperation: [limitSignIns],
      },
  labels: {
    plural: { en: 'Users', sv: 'Användare' },
    singular: { en: 'User', sv: 'Användare' },
  },
})
