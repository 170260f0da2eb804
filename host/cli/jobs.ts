/**
 * `npm run jobs`: runs the due jobs once and exits, for an external scheduler (cron, a Kubernetes
 * CronJob) when the server runs with JOBS_AUTORUN=false. Exit 0 when the run completed (failed
 * jobs are retried later and shown in the admin), 1 with the reason when it could not run.
 */
import { getPayload } from 'payload'

import { buildAppConfig } from '../config'
import { ConfigError } from '../ConfigError'
import { readSettings } from '../settings'
import { runDueJobs } from 'mal-och-budget'

const main = async (): Promise<number> => {
  const settings = readSettings()
  const payload = await getPayload({ config: await buildAppConfig(settings) })
  try {
    const report = await runDueJobs(payload, settings.jobs.intervalSeconds)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      depth: 0,
      limit: 20,
      pagination: false,
      sort: '-updatedAt',
      where: { hasError: { equals: true } },
    })
    console.log(
      report.ran
        ? `Jobs: ran the due jobs (${docs.length} failed job(s) in the queue, see Administration › Jobb).`
        : `Jobs: nothing run, ${report.reason}.`,
    )
    return 0
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? error.message
        : `[mal-och-budget] the job run failed: ${String(error)}`,
    )
    process.exit(1)
  },
)
