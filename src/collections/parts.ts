import type { CollectionConfig, Endpoint, Field } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * What the plugin's features add to a core collection, each at the place the collection gives it:
 * the core content model names the places, the features fill them (so that the core imports no
 * feature). The plugin (`src/plugin.ts`) hands each collection its parts.
 */
export type CollectionParts = {
  endpoints?: Endpoint[]
  /** Fields in the main column, where the collection puts a feature's fields. */
  fields?: Field[]
  hooks?: Pick<Hooks, 'afterChange' | 'afterError' | 'beforeChange'>
  /** Fields in the sidebar. */
  sidebar?: Field[]
}

/** Several features' parts for one collection, in the order given. */
export const mergeParts = (...all: CollectionParts[]): CollectionParts => ({
  endpoints: all.flatMap((p) => p.endpoints ?? []),
  fields: all.flatMap((p) => p.fields ?? []),
  hooks: {
    afterChange: all.flatMap((p) => p.hooks?.afterChange ?? []),
    afterError: all.flatMap((p) => p.hooks?.afterError ?? []),
    beforeChange: all.flatMap((p) => p.hooks?.beforeChange ?? []),
  },
  sidebar: all.flatMap((p) => p.sidebar ?? []),
})
