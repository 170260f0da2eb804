const ESCAPES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}

/** Text made safe for HTML (and XML) content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/["&'<>]/g, (c) => ESCAPES[c] ?? c)
