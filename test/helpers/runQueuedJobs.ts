/**
 * Runs the jobs a seed queued (the feeds' record of each page it published) once, in the seed's
 * template, so that every test server copied from it does not run them again at its start (about
 * 2 s of CPU each). Only queued jobs: no tick is claimed and nothing scheduled is queued, so a
 * copy's job runner starts as on a new site.
 */
import { runCli } from '../../host/cli/runCli'

runCli('the seed’s queued jobs', async (payload) => {
  await payload.jobs.run({ allQueues: true, limit: 100 })
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { completedAt: { exists: false } },
  })
  if (totalDocs > 0) throw new Error(`${totalDocs} job(s) of the seed did not complete`)
  return 0
})
