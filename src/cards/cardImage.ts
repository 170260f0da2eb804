import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { PublicGoal, PublicPage } from '../shape/publicPageShape'

import { formatFigure } from '../lib/assessIndicator'
import { GOAL_STATUS_OPTIONS, labelOf } from '../lib/statusOptions'
import { CARD_IMAGE_SIZE } from './cardGoal'

/** Longest an image may take to draw before it is given up. */
const IMAGE_TIME_MS = 15_000

const STATUS_COLOURS: Record<PublicGoal['status'], string> = {
  at_risk: '#8a5300',
  no_data: '#4a4a4a',
  off_track: '#b00020',
  on_track: '#1e6b2f',
}

// The worker is the plugin's own file: beside this module, or — where a bundler moved this module
// (Next.js) — found through the package's exports wherever the host installed it.
const workerFile = (): string => {
  const beside = new URL('./cardImageWorker.mjs', import.meta.url)
  if (beside.protocol === 'file:' && fs.existsSync(fileURLToPath(beside)))
    return fileURLToPath(beside)
  return createRequire(path.join(process.cwd(), 'package.json')).resolve(
    'mal-och-budget/card-image-worker',
  )
}

/**
 * A goal as a PNG for link previews (`og:image`, 1200×630): the organisation and plan, the goal,
 * its status and its first indicator's newest figure — drawn in a worker thread with `next/og`
 * (satori and resvg, the font Next.js ships, nothing downloaded), so the server never stalls on it.
 */
export const goalCardImage = (page: PublicPage, goal: PublicGoal): Promise<Buffer> => {
  const indicator = goal.indicators.find((i) => i.latest.value !== null)
  const figure =
    indicator && indicator.latest.value !== null
      ? `${indicator.name}: ${formatFigure(indicator.latest.value)}${indicator.unit ? ` ${indicator.unit}` : ''}${indicator.latest.year ? ` (${indicator.latest.year})` : ''}`
      : null
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), {
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
      workerData: {
        accent: page.site.accentColor,
        figure,
        goal: goal.title,
        heading: `${page.organisation} · ${page.title}`,
        size: CARD_IMAGE_SIZE,
        status: `Status: ${labelOf(GOAL_STATUS_OPTIONS, goal.status, 'sv')}`,
        statusColour: STATUS_COLOURS[goal.status],
      },
    })
    const timer = setTimeout(() => {
      void worker.terminate()
      reject(new Error('The goal image took too long to draw'))
    }, IMAGE_TIME_MS)
    worker.once('message', (bytes: Uint8Array) => {
      clearTimeout(timer)
      resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      void worker.terminate()
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    worker.once('exit', () => {
      clearTimeout(timer)
      reject(new Error('The goal image could not be drawn'))
    })
  })
}
