/**
 * Work under one key runs one after another, in the order it came; work under different keys runs
 * side by side. A failed turn does not stop the next. Keys are forgotten when their last turn ends.
 */
export const takeTurns = () => {
  const tails = new Map<string, Promise<unknown>>()
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const turn = (tails.get(key) ?? Promise.resolve()).then(work, work)
    const tail = turn.catch(() => undefined)
    tails.set(key, tail)
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key)
    })
    return turn
  }
}
