/** Admin-panel components of the plugin, referenced by path from its collections (`mal-och-budget/admin`). */
export { BudgetImport } from './BudgetImport'
export { BudgetTotals } from './BudgetTotals'
export { DecideButton } from './DecideButton'
export { ImportFromKoladaButton } from './ImportFromKoladaButton'
export { NextYearButton } from './NextYearButton'
export { QualityPanel } from './QualityPanel'
export { BudgetLineRowLabel, NamedRowLabel, ReviewLogRowLabel } from './RowLabels'
export { WorkflowPanel } from './WorkflowPanel'
