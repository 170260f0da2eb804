import { monitorStalls, type Stall } from '../../host/server/stallMonitor'

const busy = (ms: number) => {
  const until = performance.now() + ms
  while (performance.now() < until) {
    // the event loop held, as a long synchronous computation would
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
    await turn(30)
    listeners.forEach((done) => done())
    expect(stalls).toHaveLength(1)
    expect(stalls[0].lagMs).toBeGreaterThanOrEqual(140)
    // On Linux the main thread's own CPU time is read: a busy loop spends it all.
    expect(stalls[0].cpuMs).toBeGreaterThanOrEqual(120)
    expect(stalls[0].gcMs).toBeGreaterThanOrEqual(0)
    expect(stalls[0].requests).toEqual([
      { anonymous: true, method: 'GET', path: '/mal-och-budget/2021' },
    ])
  })
})
