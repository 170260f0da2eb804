/**
 * Checked by `npm run typecheck`, not run: the plugin's own document types (src/types.ts) must
 * describe what the database gives for its collections — this app's generated types of the same
 * collections must be assignable to them. A field added to a collection and not to src/types.ts,
 * or typed differently, fails the typecheck here.
 */
import type * as App from '../../host/payload-types'
import type * as Plugin from '../../src/types'

type Fits<Given, Expected> = [Given] extends [Expected] ? true : false
const fits = <T extends true>(): T | undefined => undefined

export const checks = [
  fits<Fits<App.BudgetPlan, Plugin.BudgetPlan>>(),
  fits<Fits<App.FocusArea, Plugin.FocusArea>>(),
  fits<Fits<App.Goal, Plugin.Goal>>(),
  fits<Fits<App.Initiative, Plugin.Initiative>>(),
  fits<Fits<App.SavingsMeasure, Plugin.SavingsMeasure>>(),
  fits<Fits<App.FollowUpReport, Plugin.FollowUpReport>>(),
  fits<Fits<App.GoalAssessment, Plugin.GoalAssessment>>(),
  fits<Fits<App.Media, Plugin.Media>>(),
  fits<Fits<App.Document, Plugin.Document>>(),
  fits<Fits<App.Feedback, Plugin.Feedback>>(),
  fits<Fits<App.IndicatorSeries, Plugin.IndicatorSeries>>(),
  fits<Fits<App.IndicatorImport, Plugin.IndicatorImport>>(),
  fits<Fits<App.IndicatorAlert, Plugin.IndicatorAlert>>(),
  fits<Fits<App.PlanDecision, Plugin.PlanDecision>>(),
  fits<Fits<App.AuditLog, Plugin.AuditLog>>(),
  fits<Fits<App.SiteSetting, Plugin.SiteSetting>>(),
  fits<Fits<App.GdprRequest, Plugin.GdprRequest>>(),
  fits<Fits<App.JobLease, Plugin.JobLease>>(),
  fits<Fits<App.User, Plugin.User>>(),
  // The other way for the fields the plugin writes: every key the plugin knows exists in the app.
  fits<Fits<keyof Plugin.Goal, keyof App.Goal>>(),
  fits<Fits<keyof Plugin.BudgetPlan, keyof App.BudgetPlan>>(),
  fits<Fits<keyof Plugin.SiteSetting, keyof App.SiteSetting>>(),
  fits<Fits<keyof Plugin.FollowUpReport, keyof App.FollowUpReport>>(),
  fits<Fits<keyof Plugin.GoalAssessment, keyof App.GoalAssessment>>(),
]
