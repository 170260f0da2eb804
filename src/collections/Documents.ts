import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { APIError } from 'payload'
import path from 'node:path'

import { isStaff } from '../access/isStaff'
import { refuseRemoteUpload } from '../hooks/refuseRemoteUpload'
import {
  markPublicChangeOnDelete,
  markPublicChangeOnSave,
} from '../hooks/publicChange/markPublicChangeHooks'
import { publishedOrStaff } from '../access/publishedOrStaff'

const refuseLargeFiles =
  (maxBytes: number): CollectionBeforeValidateHook =>
  ({ data, req }) => {
    if (req.file && req.file.size > maxBytes) {
      const mb = (maxBytes / 1024 / 1024).toFixed(0)
      throw new APIError(
        `Filen är för stor: högst ${mb} MB / The file is too large: at most ${mb} MB`,
        413,
        undefined,
        true,
      )
    }
    return data
  }

/** PDF documents, such as the full budget document. */
export const createDocumentsCollection = ({
  maxDocumentBytes,
  slugs,
  uploadDir,
}: SanitizedOptions): CollectionConfig => ({
  slug: slugs.documents,
  access: { create: isStaff, delete: isStaff, read: publishedOrStaff, update: isStaff },
  admin: {
    defaultColumns: ['title', 'filename', 'filesize', '_status'],
    group: { en: 'Files', sv: 'Filer' },
    useAsTitle: 'title',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', sv: 'Titel' },
      localized: true,
      maxLength: 300,
      required: true,
    },
  ],
  hooks: {
    beforeOperation: [refuseRemoteUpload],
    afterChange: [markPublicChangeOnSave],
    afterDelete: [markPublicChangeOnDelete],
    beforeValidate: [refuseLargeFiles(maxDocumentBytes)],
  },
  labels: {
    plural: { en: 'Documents', sv: 'Dokument' },
    singular: { en: 'Document', sv: 'Dokument' },
  },
  upload: {
    pasteURL: false,
    mimeTypes: ['application/pdf'],
    staticDir: path.join(uploadDir, slugs.documents),
  },
  versions: { drafts: true, maxPerDoc: 20 },
})
