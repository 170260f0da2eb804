/** Admin-panel components of the plugin, referenced by path from its collections (`mal-och-budget/admin`). */
export { BudgetImport } from '../budget/BudgetImport'
export { BudgetTotals } from '../budget/BudgetTotalsField'
export { DecideButton } from '../editions/DecideButton'
export { ImportFromKoladaButton } from '../indicators/ImportFromKoladaButton'
export { NextYearButton } from '../editions/NextYearButton'
export { QualityPanel } from '../quality/QualityPanel'
export { BudgetLineRowLabel, NamedRowLabel, ReviewLogRowLabel } from '../workflow/RowLabels'
export { WorkflowPanel } from '../workflow/WorkflowPanel'
