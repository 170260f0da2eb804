import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import path from 'node:path'

import { isStaff } from '../access/isStaff'
import { refuseRemoteUpload } from '../hooks/refuseRemoteUpload'
import {
  markPublicChangeOnDelete,
  markPublicChangeOnSave,
} from '../hooks/publicChange/markPublicChangeHooks'
import { publishedOrStaff } from '../access/publishedOrStaff'

/** Images shown on the public pages; alt text is required. */
export const createMediaCollection = ({
  slugs,
  uploadDir,
}: SanitizedOptions): CollectionConfig => ({
  slug: slugs.media,
  access: { create: isStaff, delete: isStaff, read: publishedOrStaff, update: isStaff },
  admin: {
    defaultColumns: ['filename', 'alt', '_status', 'updatedAt'],
    group: { en: 'Files', sv: 'Filer' },
    useAsTitle: 'alt',
  },
  fields: [
    {
      name: 'alt',
      type: 'textarea',
      admin: {
        description: {
          en: 'Describe the image for those who cannot see it.',
          sv: 'Beskriv bilden för den som inte kan se den.',
        },
      },
      label: { en: 'Alternative text', sv: 'Alternativtext' },
      localized: true,
      maxLength: 1000,
      required: true,
    },
    {
      name: 'caption',
      type: 'text',
      label: { en: 'Caption', sv: 'Bildtext' },
      localized: true,
      maxLength: 500,
    },
  ],
  hooks: {
    beforeOperation: [refuseRemoteUpload],
    afterChange: [markPublicChangeOnSave],
    afterDelete: [markPublicChangeOnDelete],
  },
  labels: { plural: { en: 'Images', sv: 'Bilder' }, singular: { en: 'Image', sv: 'Bild' } },
  upload: {
    pasteURL: false,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', height: 300, position: 'centre', width: 400 },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
    ],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    staticDir: path.join(uploadDir, slugs.media),
  },
  versions: { drafts: true, maxPerDoc: 20 },
})
