import type { ReactNode } from 'react'

import { escapeHtml } from '../lib/escapeHtml'

// React's prop names that are not the attribute's: the rest are written as they are (aria-*,
// viewBox) or from camelCase to the SVG attribute's kebab-case (strokeWidth → stroke-width).
const RENAMED: Record<string, string> = { className: 'class', htmlFor: 'for', tabIndex: 'tabindex' }
const KEPT = new Set(['viewBox'])
const attributeName = (prop: string): string =>
  RENAMED[prop] ??
  (KEPT.has(prop) || prop.includes('-')
    ? prop
    : prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))

type Element = { props: Record<string, unknown> & { children?: ReactNode }; type: unknown }

/**
 * The static markup of server components that hold no state and no hooks — the page's indicator
 * figures and chart — for a route that answers HTML as text (Next.js lets no React renderer run
 * in a route handler). Text and attribute values are escaped; event handlers, `key` and empty
 * values are left out.
 */
export const elementMarkup = (node: ReactNode): string => {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (typeof node === 'string' || typeof node === 'number') return escapeHtml(String(node))
  if (Array.isArray(node)) return node.map((n: ReactNode) => elementMarkup(n)).join('')
  if (typeof node !== 'object' || !('props' in node)) return ''
  const { props, type } = node as unknown as Element
  if (typeof type === 'function') return elementMarkup((type as (p: unknown) => ReactNode)(props))
  if (typeof type !== 'string') return elementMarkup(props.children) // a fragment
  const attributes = Object.entries(props)
    .filter(
      ([name, value]) =>
        name !== 'children' &&
        !/^on[A-Z]/.test(name) &&
        value !== undefined &&
        value !== null &&
        value !== false,
    )
    .map(([name, value]) => ` ${attributeName(name)}="${escapeHtml(String(value))}"`)
    .join('')
  return `<${type}${attributes}>${elementMarkup(props.children)}</${type}>`
}
