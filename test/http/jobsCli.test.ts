import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { freshDatabaseUrl } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname ?? '.', '../..')

describe('npm run jobs', () => {
  it('should run the due jobs once and exit 0, or exit 1 naming the reason', async () => {
    const database = freshDatabaseUrl('jobs_cli')
    try {
      const run = (env: Record<string, string>) =>
        promisify(execFile)(
          process.execPath,
          ['--conditions=production', '--import', 'tsx', 'host/cli/jobs.ts'],
          {
            cwd: root,
            env: {
              ...process.env,
              DATABASE_URL: database.url,
              UPLOAD_DIR: database.uploadDir,
              ...env,
            },
          },
        )
      const ok = await run({})
      expect(ok.stdout).toMatch(/Jobs: (ran the due jobs|nothing run)/)
      await expect(run({ JOBS_INTERVAL_SECONDS: '7' })).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('JOBS_INTERVAL_SECONDS="7" must be one of'),
      })
    } finally {
      await database.cleanup()
    }
  })
})
