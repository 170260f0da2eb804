import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { DocumentId } from '../lib/idOf'

import { recordAudit } from '../collections/AuditLog'
import { whileHolding } from '../lib/holdAcrossServers'
import { hasRole } from '../lib/roles'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { stampPlans } from '../hooks/publicChange/stampPlans'
import { EditionConflict } from './EditionConflict'

/**
 * Undoes "Markera som beslutad" (an admin's act, with a reason): the frozen version is removed
 * and the undoing is kept in the audit log with what the decision said. Refused (409) once
 * something depends on the decision: a correction note written on it, or next year's plan made
 * from this one (its "what changed" reads from the decided edition).
 */
export const undoDecision = async (
  req: PayloadRequest,
  planId: number | string,
  reason: string,
): Promise<{ id: number | string; year: number }> => {
  if (!hasRole(req.user, 'admin')) {
    throw new EditionConflict(
      'Bara en administratör kan ångra ett beslut / Only an administrator can undo a decision',
      req.user ? 403 : 401,
    )
  }
  const { slugs } = pluginOptionsOf(req.payload.config)
  const decisionOf = async () => {
    const { docs } = await req.payload.find({
      collection: slugs.planDecisions,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: { plan: { equals: planId } },
    })
    const found = docs[0]
    if (!found) {
      throw new EditionConflict(
        'Planen är inte markerad som beslutad / The plan is not marked as decided',
        409,
      )
    }
    return found
  }
  const { year } = await decisionOf()
  // In one transaction, holding next year's plan as "Skapa nästa års plan" does (on any server):
  // the undo and a next year's plan made at once cannot both go through.
  const shouldCommit = await initTransaction(req)
  try {
    const undone = await whileHolding(req, `next-year:${year + 1}`, async () => {
      const decision = await decisionOf()
      // The plan as the database names it (the address gives "12" for 12).
      const plan = decision.plan as DocumentId
      if (decision.correctionNote) {
        throw new EditionConflict(
          'Beslutet har en rättelse och kan inte ångras; skriv en ny rättelse i stället / The decision has a correction note and cannot be undone',
          409,
        )
      }
      const { totalDocs: nextPlans } = await req.payload.count({
        collection: slugs.budgetPlans,
        overrideAccess: true,
        req,
        where: { previousEdition: { equals: plan } },
      })
      if (nextPlans > 0) {
        throw new EditionConflict(
          'Nästa års plan är redan gjord från den här planen, så beslutet kan inte ångras / Next year’s plan was made from this plan; the decision cannot be undone',
          409,
        )
      }
      // The audit line first: a decision is never gone without its record.
      await recordAudit(req, {
        action: 'plan-decision-undone',
        details: {
          date: decision.date,
          diaryNumber: decision.diaryNumber,
          paragraph: decision.paragraph,
          year: decision.year,
        },
        plan,
        reason,
      })
      await req.payload.delete({
        id: decision.id,
        collection: slugs.planDecisions,
        overrideAccess: true,
        req,
      })
      await stampPlans(req, [plan])
      return { id: plan, year: decision.year }
    })
    if (shouldCommit) await commitTransaction(req)
    return undone
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
