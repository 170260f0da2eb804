import type { FieldHook } from 'payload'

import type { Goal } from '../types'

import { composeIndicator } from './composeIndicator'
import { indicatorContextFor } from './indicatorContext'
import { goalStatus, type GoalStatus } from '../lib/goalStatus'
import { SKIP_GOAL_STATUS } from '../hooks/contextKeys'

/**
 * The goal's status, computed whenever it is read from its indicators' figures (Kolada's and the
 * editor's own), so an import changes it without a new version of the goal.
 */
export const statusFromFigures: FieldHook<Goal, GoalStatus, Goal> = async ({
  data,
  req,
  value,
}) => {
  if (req.context[SKIP_GOAL_STATUS]) return value ?? 'no_data'
  const indicators = data?.indicators ?? []
  if (indicators.length === 0) return 'no_data'
  const context = await indicatorContextFor(req)
  return goalStatus(
    indicators.map(
      (i) =>
        composeIndicator(i, context.seriesByKpi, context.areas, context.place).assessment.status,
    ),
  )
}
