import type { Payload } from 'payload'

/** How many times a failing scheduled publish is tried again before it is shown as failed. */
export const SCHEDULED_PUBLISH_RETRIES = 3

/**
 * Payload adds its scheduled-publish task after every plugin has run, without retries; a publish
 * that fails once (a locked database, a hook error) should be tried again before it is shown as
 * failed. So, at start, the task gets retries unless the host gave it some.
 */
export const retryScheduledPublishing = (payload: Payload): void => {
  const jobs = payload.config.jobs
  jobs.tasks = (jobs.tasks ?? []).map((task) =>
    task.slug === 'schedulePublish' && task.retries === undefined
      ? { ...task, retries: SCHEDULED_PUBLISH_RETRIES }
      : task,
  )
}
