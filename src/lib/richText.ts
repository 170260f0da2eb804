/** A node of a Lexical editor state, as stored by Payload's rich text field. */
export type LexicalNode = {
  [key: string]: unknown
  children?: LexicalNode[]
  text?: string
  type: string
  version: number
}

/** A whole Lexical editor state. */
export type LexicalState = {
  [key: string]: unknown
  root: {
    [key: string]: unknown
    children: LexicalNode[]
    direction: 'ltr' | 'rtl' | null
    format: '' | 'center' | 'end' | 'justify' | 'left' | 'right' | 'start'
    indent: number
    type: string
    version: number
  }
}

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const paragraphNode = (text: string): LexicalNode => ({
  type: 'paragraph',
  children: text === '' ? [] : [textNode(text)],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
})

/** Rich text made of plain paragraphs, one per string. */
export const richTextFromParagraphs = (paragraphs: readonly string[]): LexicalState => ({
  root: {
    type: 'root',
    children: paragraphs.map(paragraphNode),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

const textOf = (node: LexicalNode): string =>
  node.type === 'text'
    ? (node.text ?? '')
    : node.type === 'linebreak'
      ? '\n'
      : (node.children ?? []).map(textOf).join('')

/** The text of each block (paragraph, heading, list item…) of a rich text value, in order. */
export const paragraphsOfRichText = (value: unknown): string[] => {
  if (!value || typeof value !== 'object' || !('root' in value)) return []
  const blocks: string[] = []
  const walk = (nodes: LexicalNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'list') walk(node.children ?? [])
      else blocks.push(textOf(node))
    }
  }
  walk((value as LexicalState).root.children ?? [])
  return blocks
}
