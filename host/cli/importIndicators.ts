/**
 * `npm run indicators:import`: imports Kolada's figures for every goal's KPIs once and exits, e.g.
 * from cron when the server runs with JOBS_AUTORUN=false. Exit 0 when it ran (a KPI Kolada failed
 * is listed and recorded in Indikatorer › Kolada-hämtningar), 1 with the reason when it could not
 * run or no KPI could be read.
 */
import { importIndicators, ImportSetupError } from 'mal-och-budget'

import { runCli } from './runCli'

runCli('the Kolada import', async (payload) => {
  try {
    const report = await importIndicators(payload, { trigger: 'cli' })
    console.log(
      `Kolada: ${report.outcome}, ${report.kpis.length} KPI(s) (${report.kpis.join(', ') || 'none'}), ` +
        `${report.changes.length} figure(s) changed, ${report.stampedPlans} page(s) updated, ` +
        `${report.alertsSent} stale-figure alert(s).`,
    )
    for (const e of report.errors) console.error(`  ${e.kpiId}: ${e.message}`)
    for (const note of report.notes) console.log(`  ${note}`)
    return report.outcome === 'failed' ? 1 : 0
  } catch (error) {
    if (!(error instanceof ImportSetupError)) throw error
    console.error(`[mal-och-budget] ${error.message}`)
    return 1
  }
})
