/**
 * `npm run jobs`: runs the due jobs once and exits, for an external scheduler (cron, a Kubernetes
 * CronJob) when the server runs with JOBS_AUTORUN=false. Exit 0 when the run completed (failed
 * jobs are retried later and shown in the admin), 1 with the reason when it could not run.
 */
import { runDueJobs } from 'mal-och-budget'

import { readSettings } from '../settings'
import { runCli } from './runCli'

runCli('the job run', async (payload) => {
  const report = await runDueJobs(payload, readSettings().jobs.intervalSeconds)
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
})
