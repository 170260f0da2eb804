import { monitorStalls, type Stall } from '../../host/server/stallMonitor'

// Holds the event loop for `ms` of this process's own CPU time, as a long synchronous computation
// would (wall time alone is not enough on a busy machine: the monitor rightly leaves out the time
// the thread waited for a core).
const busy = (ms: number) => {
  const start = process.cpuUsage()
  const spent = () => {
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1000
  }
  while (spent() < ms) {
    // held
  }
}
const turn = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the stall monitor', () => {
  it('should report a loop this process held for 150 ms, with the request it held up, and not one of 40 ms', async () => {
    const stalls: Stall[] = []
    const monitor = monitorStalls({ log: (stall) => stalls.push(stall) })
    monitor.arm()
    const listeners: (() => void)[] = []
    const res = { on: (_: string, done: () => void) => listeners.push(done) }
    monitor.track(
      { headers: {}, method: 'GET', path: '/mal-och-budget/2021' } as never,
      res as never,
      () => {},
    )
    await turn(30)
    busy(40)
    await turn(30)
    expect(stalls).toEqual([])
    busy(150)
    // The monitor's next tick finds the stall; on a loaded machine that tick may come late.
    for (let waited = 0; stalls.length === 0 && waited < 1000; waited += 30) await turn(30)
    listeners.forEach((done) => done())
    expect(stalls).toHaveLength(1)
    expect(stalls[0].lagMs).toBeGreaterThanOrEqual(120)
    // On Linux the main thread's own CPU time is read: a busy loop spends it all.
    expect(stalls[0].cpuMs).toBeGreaterThanOrEqual(120)
    expect(stalls[0].gcMs).toBeGreaterThanOrEqual(0)
    expect(stalls[0].requests).toEqual([
      { anonymous: true, method: 'GET', path: '/mal-och-budget/2021' },
    ])
  })
})
