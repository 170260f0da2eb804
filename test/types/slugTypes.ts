import type { SanitizedOptions } from '../../src/options/types'

// A host that renames a collection gets its own name as the slug's type (a string), not the
// default's literal type: this file compiles only while that holds (`npm run typecheck`).
export const renamed: SanitizedOptions['slugs']['goals'] = 'mob-goals'
