declare module 'graphql-depth-limit' {
  import type { ValidationRule } from 'graphql'

  /** A validation rule that refuses operations nested deeper than `maxDepth`. */
  export default function depthLimit(maxDepth: number): ValidationRule
}
