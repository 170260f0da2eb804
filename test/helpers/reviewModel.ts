import fc from 'fast-check'

/** Who acts: the three staff roles, two reviewers (so that one can approve the other's work). */
export type Actor = 'admin' | 'editor' | 'reviewerA' | 'reviewerB'

/** What the public should see of one goal, and where it stands in review, as the rules say. */
export type ReviewModel = {
  /** The latest draft's title. */
  draft: string
  /** A due time and the title a scheduled approval will publish. */
  scheduled: null | { dueAt: number; title: string }
  /** Who sent the pinned submission, and the title it pinned. */
  pin: null | { by: Actor; title: string }
  /** What anonymous readers see: the title, or null when the goal is not public. */
  public: null | string
  /** The title of the newest published version (what "restore" brings back). */
  published: string
  state: 'approved' | 'draft' | 'in_review' | 'returned'
  /** Every title ever written: only those approved may ever be seen by the public. */
  titles: string[]
}

/** How a person talks to the server, and the reads an anonymous resident makes. */
export type ReviewReal = {
  act: (step: Step) => Promise<{ message: string; status: number }>
  publicReads: () => Promise<{ composed?: string; graphql?: string; html: string; rest?: string }>
}

type EditRoute =
  | 'bulk-plain'
  | 'graphql-draft'
  | 'graphql-plain'
  | 'rest-autosave'
  | 'rest-draft'
  | 'rest-plain'
  | 'restore-draft'

/** One action of a sequence. */
export type Step =
  | { action: 'approve'; by: Actor; route: 'graphql' | 'rest'; scheduleMs?: number }
  | { action: 'delete'; by: 'editor' }
  | { action: 'edit'; by: Actor; route: EditRoute; title: string }
  | {
      action: 'publish'
      by: Actor
      route: 'create-published' | 'graphql' | 'rest' | 'restore-published'
      title: string
    }
  | { action: 'duplicate'; by: Actor }
  | { action: 'return'; by: Actor }
  | { action: 'runJobs' }
  | { action: 'submit'; by: Actor; route: 'graphql' | 'rest' }
  | { action: 'unpublish'; by: Actor; route: 'rest' | 'workflow' }

const reviewer = (actor: Actor) => actor !== 'editor'

/** What the rules say a step answers, and the model after it. */
export const expect$ = (
  model: ReviewModel,
  step: Step,
): { model: ReviewModel; status: number | number[] } => {
  const next: ReviewModel = { ...model, titles: [...model.titles] }
  switch (step.action) {
    case 'edit': {
      const title = step.route === 'restore-draft' ? model.published : step.title
      if (step.route !== 'restore-draft') next.titles.push(title)
      if (title !== model.draft) {
        next.draft = title
        if (model.state === 'in_review') {
          next.state = 'draft'
          next.pin = null
        } else if (model.state === 'approved') next.state = 'draft'
      }
      return { model: next, status: 200 }
    }
    case 'publish':
      // Nobody publishes by a save while review is on.
      next.titles.push(step.title)
      return { model: next, status: 403 }
    case 'duplicate':
      return { model, status: [200, 201] }
    case 'delete':
      // Only tried on a published goal (see the step's precondition).
      return { model, status: 403 }
    case 'unpublish': {
      // An editor's "unpublish" of what is not public changes nothing public: a draft save.
      if (!reviewer(step.by))
        return { model, status: step.route === 'rest' && model.public === null ? 200 : 403 }
      if (step.route === 'workflow') {
        if (model.public === null) return { model, status: 409 }
        next.state = 'draft'
        next.pin = null
        next.scheduled = null
      }
      next.public = null
      return { model: next, status: 200 }
    }
    case 'submit':
      next.state = 'in_review'
      next.pin = { by: step.by, title: model.draft }
      return { model: next, status: 200 }
    case 'return':
      if (!reviewer(step.by)) return { model, status: 403 }
      if (model.state !== 'in_review') return { model, status: 409 }
      next.state = 'returned'
      next.pin = null
      return { model: next, status: 200 }
    case 'approve': {
      if (!reviewer(step.by)) return { model, status: 403 }
      if (model.state !== 'in_review' || !model.pin) return { model, status: 409 }
      if (model.pin.by === step.by) return { model, status: 403 }
      const title = model.pin.title
      next.state = 'approved'
      // A new approval replaces one still waiting for its time.
      next.scheduled = step.scheduleMs ? { dueAt: Date.now() + step.scheduleMs, title } : null
      if (!step.scheduleMs) {
        next.pin = null
        next.public = title
        next.published = title
      }
      return { model: next, status: 200 }
    }
    case 'runJobs': {
      if (!model.scheduled) return { model, status: 200 }
      const title = model.scheduled.title
      next.public = title
      next.published = title
      next.scheduled = null
      // The approved version goes public; a newer draft stays the latest, as it stood.
      const same = model.draft === title
      next.pin = same ? null : model.pin
      next.state = same ? 'approved' : model.state
      return { model: next, status: 200 }
    }
  }
}

let counter = 0
const title = fc.constant(null).map(() => `Mål T${(counter += 1)}x${Date.now() % 100000}`)
const actor = fc.constantFrom<Actor>('editor', 'editor', 'reviewerA', 'reviewerB', 'admin')

/** Random steps, weighted towards what people do most. */
export const steps: fc.Arbitrary<Step>[] = [
  fc.record({
    action: fc.constant('edit' as const),
    by: actor,
    route: fc.constantFrom<EditRoute>(
      'rest-draft',
      'rest-plain',
      'rest-autosave',
      'graphql-draft',
      'graphql-plain',
      'bulk-plain',
      'restore-draft',
    ),
    title,
  }),
  fc.record({
    action: fc.constant('publish' as const),
    by: actor,
    route: fc.constantFrom('rest', 'graphql', 'restore-published', 'create-published' as const),
    title,
  }),
  fc.record({ action: fc.constant('duplicate' as const), by: actor }),
  fc.record({ action: fc.constant('delete' as const), by: fc.constant('editor' as const) }),
  fc.record({
    action: fc.constant('unpublish' as const),
    by: actor,
    route: fc.constantFrom('rest', 'workflow' as const),
  }),
  fc.record({
    action: fc.constant('submit' as const),
    by: actor,
    route: fc.constantFrom('rest', 'graphql' as const),
  }),
  fc.record({
    action: fc.constant('submit' as const),
    by: actor,
    route: fc.constantFrom('rest', 'graphql' as const),
  }),
  fc.record({
    action: fc.constant('approve' as const),
    by: actor,
    route: fc.constantFrom('rest', 'graphql' as const),
  }),
  fc.record({
    action: fc.constant('approve' as const),
    by: actor,
    route: fc.constantFrom('rest', 'graphql' as const),
  }),
  fc.record({
    action: fc.constant('approve' as const),
    by: actor,
    route: fc.constant('rest' as const),
    scheduleMs: fc.constant(1500),
  }),
  fc.record({ action: fc.constant('return' as const), by: actor }),
  fc.record({ action: fc.constant('runJobs' as const) }),
]

/**
 * Every check the rules make of what the public reads, after any step: it is exactly the approved
 * title (or nothing), by every read route, and no title that was never approved shows anywhere.
 */
export const publicMatches = (
  model: ReviewModel,
  reads: Awaited<ReturnType<ReviewReal['publicReads']>>,
): string[] => {
  const problems: string[] = []
  for (const [route, seen] of Object.entries({
    composed: reads.composed,
    graphql: reads.graphql,
    rest: reads.rest,
  })) {
    if ((seen ?? null) !== model.public)
      problems.push(
        `${route}: the public sees ${JSON.stringify(seen)}, expected ${JSON.stringify(model.public)}`,
      )
  }
  for (const t of model.titles) {
    const shown = reads.html.includes(t)
    if (t === model.public && !shown) problems.push(`html: "${t}" is published but not on the page`)
    if (t !== model.public && shown) problems.push(`html: "${t}" is on the page but not published`)
  }
  return problems
}
