import type { Payload } from 'payload'

import { ValidationError } from 'payload'
import { hostname } from 'node:os'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { tickNumber } from '../lib/jobClock'

/** What one runner tick did. */
export type RunReport = { ran: boolean; reason?: string }

const holder = `${hostname()}:${process.pid}`
const KEEP_LEASES_MS = 24 * 60 * 60 * 1000

/** Tries to win this tick for this process; true when no other process has it. */
export const claimTick = async (
  payload: Payload,
  intervalSeconds: number,
  now = new Date(),
): Promise<boolean> => {
  try {
    await payload.create({
      collection: pluginOptionsOf(payload.config).slugs.jobLeases,
      data: { holder, key: `tick:${intervalSeconds}:${tickNumber(now, intervalSeconds)}` },
      disableTransaction: true,
    })
    return true
  } catch (error) {
    if (error instanceof ValidationError) return false
    throw error
  }
}

/**
 * One tick of the job runner: if this process wins the tick, queues the scheduled tasks that fell
 * due and runs every due job of every queue. Safe to call from any number of processes at once.
 */
export const runDueJobs = async (
  payload: Payload,
  intervalSeconds: number,
  { limit = 50, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<RunReport> => {
  if (!(await claimTick(payload, intervalSeconds, now))) {
    return { ran: false, reason: 'another process runs this tick' }
  }
  // Only the tick's winner queues what is scheduled: each process did, and the daily jobs were
  // queued once per server.
  await payload.jobs.handleSchedules({ allQueues: true })
  await payload.jobs.run({ allQueues: true, limit })
  await payload.delete({
    collection: pluginOptionsOf(payload.config).slugs.jobLeases,
    where: { createdAt: { less_than: new Date(Date.now() - KEEP_LEASES_MS).toISOString() } },
  })
  return { ran: true }
}
