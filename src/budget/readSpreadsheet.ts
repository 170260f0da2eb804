import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

/** Most rows one file may hold (the header not counted). */
export const MAX_BUDGET_ROWS = 1000

/** Most bytes an .xlsx may unpack to, counted while it unpacks. */
export const MAX_UNZIPPED_BYTES = 20 * 1024 * 1024

/** Longest a file may take to read before it is refused. */
export const SPREADSHEET_TIME_MS = 15_000

/** The memory a reading may use (the worker's heap), in MiB. */
export const SPREADSHEET_HEAP_MB = 160

/** A file read into rows of cells, or the reason it could not be. */
export type Spreadsheet = { problem: string } | { table: unknown[][] }

// The worker is the plugin's own file: beside this module, or — where a bundler moved this module
// (Next.js) — found through the package's exports wherever the host installed it.
const workerFile = (): string => {
  const beside = new URL('./spreadsheetWorker.mjs', import.meta.url)
  if (beside.protocol === 'file:' && fs.existsSync(fileURLToPath(beside)))
    return fileURLToPath(beside)
  return createRequire(path.join(process.cwd(), 'package.json')).resolve(
    'mal-och-budget/budget-worker',
  )
}

/**
 * Reads an .xlsx or CSV file into rows in a worker thread, within {@link SPREADSHEET_HEAP_MB} of
 * memory and {@link SPREADSHEET_TIME_MS}: the main thread never waits on a file however it is
 * made. An .xlsx is unpacked with its real size counted ({@link MAX_UNZIPPED_BYTES}), and a file
 * of more than {@link MAX_BUDGET_ROWS} rows is refused, counting every row.
 */
export const readSpreadsheet = (file: Buffer): Promise<Spreadsheet> => {
  const kind = file.length > 4 && file.readUInt32LE(0) === 0x04034b50 ? 'xlsx' : 'csv'
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), {
      resourceLimits: { maxOldGenerationSizeMb: SPREADSHEET_HEAP_MB, maxYoungGenerationSizeMb: 32 },
      workerData: {
        bytes: new Uint8Array(file),
        kind,
        maxRows: MAX_BUDGET_ROWS,
        maxUnzippedBytes: MAX_UNZIPPED_BYTES,
      },
    })
    const tooBig = (): void =>
      resolve({
        problem:
          'Filen tar för mycket minne eller tid att läsa; spara den som CSV eller dela upp den / The file takes too much memory or time to read',
      })
    const timer = setTimeout(() => {
      void worker.terminate()
      tooBig()
    }, SPREADSHEET_TIME_MS)
    worker.once('message', (answer: Spreadsheet) => {
      clearTimeout(timer)
      resolve(answer)
      void worker.terminate()
    })
    worker.once('error', (error: Error & { code?: string }) => {
      clearTimeout(timer)
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') tooBig()
      else reject(error)
    })
    worker.once('exit', () => {
      clearTimeout(timer)
      tooBig() // only if nothing was answered: a settled promise ignores it
    })
  })
}
