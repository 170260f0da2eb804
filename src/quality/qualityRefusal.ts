import type { QualityProblem } from './accessibilityChecks'

/** The words a publish stopped by the quality gate is refused with: every problem and its field. */
export const qualityRefusal = (problems: QualityProblem[]): string =>
  `Publiceringen stoppades av kvalitetskontrollen: ${problems.map((p) => `${p.message} [${p.field}]`).join(' ')} / The publish was stopped by the quality check.`
