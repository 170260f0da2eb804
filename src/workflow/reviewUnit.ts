import type { PayloadRequest } from 'payload'

import type { DocumentId } from '../lib/idOf'
import type { ReviewedSlug } from './reviewedCollections'
import type { ReviewPin } from './workflowStep'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { latestVersionOf, type PinnedVersion } from './pinnedVersions'
import { unpublishedUploadsOf } from './referencedUploads'
import { WorkflowRefused } from './WorkflowRefused'

const CHANGED =
  'har ändrats sedan det skickades för granskning; skicka det för granskning igen / has changed since it was sent for review; send it for review again'

/**
 * What a plan made by "Skapa nästa års plan" carries with it: the goals, initiatives and measures
 * copied to it and never published. They are reviewed with the plan and published with it.
 */
const carriedOverOf = async (
  req: PayloadRequest,
  planId: DocumentId,
): Promise<{ collection: ReviewedSlug; id: DocumentId }[]> => {
  const { slugs } = pluginOptionsOf(req.payload.config)
  const found = await Promise.all(
    [slugs.goals, slugs.initiatives, slugs.savingsMeasures].map(async (collection) => {
      const { docs } = await req.payload.find({
        collection,
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        req,
        where: {
          and: [
            { plan: { equals: planId } },
            { _status: { equals: 'draft' } },
            { previousEdition: { exists: true } },
          ],
        },
      })
      return docs.map((doc) => ({ collection: collection as ReviewedSlug, id: doc.id }))
    }),
  )
  return found.flat()
}

/**
 * The pin of a submission: the content hash of the latest draft, and of what goes public with it —
 * what a new plan carries over, and the unpublished images and documents these show.
 */
export const pinFor = async (
  req: PayloadRequest,
  collection: ReviewedSlug,
  id: DocumentId,
): Promise<ReviewPin> => {
  const latest = await latestVersionOf(req, collection, id)
  if (!latest) throw new WorkflowRefused('Dokumentet finns inte / Not found', 404)
  const isPlan = collection === pluginOptionsOf(req.payload.config).slugs.budgetPlans
  const carried = isPlan ? await carriedOverOf(req, id) : []
  const files = await Promise.all(
    [{ collection, id }, ...carried].map((doc) =>
      unpublishedUploadsOf(req, doc.collection, doc.id),
    ),
  )
  const unit = [
    ...new Map(
      [...carried, ...files.flat()].map((doc) => [`${doc.collection}:${doc.id}`, doc]),
    ).values(),
  ]
  const withIt = await Promise.all(
    unit.map(async (doc) => {
      const version = await latestVersionOf(req, doc.collection, doc.id)
      return { ...doc, hash: version?.hash ?? '' }
    }),
  )
  return {
    at: new Date().toISOString(),
    by: req.user?.id ?? null,
    hash: latest.hash,
    with: withIt.filter((doc) => doc.hash),
  }
}

/**
 * The stored versions an approval publishes: the latest draft of the document and of what was
 * submitted with it, each checked against the hash pinned at submission — so what is published
 * is exactly what the reviewer was sent. Throws `WorkflowRefused` (409) naming what changed.
 */
export const versionsToApprove = async (
  req: PayloadRequest,
  collection: ReviewedSlug,
  id: DocumentId,
  pin: null | ReviewPin | undefined,
): Promise<PinnedVersion[]> => {
  if (!pin) {
    throw new WorkflowRefused(
      'Dokumentet har inget inskick att godkänna; skicka det för granskning igen / Nothing was sent for review; send it again',
      409,
    )
  }
  // What goes with the document first: a page is never public before its images are.
  const wanted = [...pin.with, { collection, hash: pin.hash, id }]
  const versions = await Promise.all(
    wanted.map((doc) => latestVersionOf(req, doc.collection, doc.id)),
  )
  return wanted.map((doc, i) => {
    const version = versions[i]
    if (!version || version.hash !== doc.hash) {
      const what =
        doc.id === id && doc.collection === collection
          ? 'Dokumentet'
          : `${doc.collection} ${doc.id}`
      throw new WorkflowRefused(`${what} ${CHANGED}`, 409)
    }
    return version
  })
}
