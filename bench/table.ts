import fs from 'node:fs'
import path from 'node:path'

/** One line of a fault suite's table: what was checked, its target, what was measured, met or not. */
export type Row = { check: string; measured: string; met: boolean; target: string }

/**
 * The table a fault suite prints as it goes and, at the end, as Markdown (for the README) and as
 * JSON in `bench/results/<name>.json`.
 */
export const resultTable = (root: string, name: string) => {
  const rows: Row[] = []
  return {
    /** Runs the parts `FAULTS` names (all when unset), prints the table, exits 1 if one missed. */
    runParts: async (parts: Record<string, () => Promise<void>>): Promise<never> => {
      const only = process.env.FAULTS?.split(',').map((f) => f.trim().toLowerCase())
      for (const [part, run] of Object.entries(parts)) if (!only || only.includes(part)) await run()
      console.log('\n| check | target | measured | met |\n| --- | --- | --- | --- |')
      for (const r of rows)
        console.log(`| ${r.check} | ${r.target} | ${r.measured} | ${r.met ? 'yes' : '**no**'} |`)
      fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
      fs.writeFileSync(
        path.join(root, 'bench', 'results', `${name}.json`),
        JSON.stringify(rows, null, 2),
      )
      process.exit(rows.every((r) => r.met) ? 0 : 1)
    },
    record: (row: Row): void => {
      rows.push(row)
      console.log(
        `  ${row.met ? 'met   ' : 'MISSED'} ${row.check}: ${row.measured} (target: ${row.target})`,
      )
    },
  }
}

/** A process's resident memory in MiB (Linux). */
export const rssMiB = (pid: number): number =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
