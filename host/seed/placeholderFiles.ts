import sharp from 'sharp'

/**
 * A small landscape picture (a row of mailboxes by a green meadow, drawn as shapes) standing in for
 * the photo of the reference page.
 */
export const placeholderImage = async (): Promise<Buffer> => {
  const posts = Array.from({ length: 6 }, (_, i) => {
    const x = 260 + i * 150
    return `<rect x="${x}" y="430" width="110" height="80" rx="12" fill="#${['b03a2e', '2e5aa8', 'd4a017', '3d7a3d', '8a8a8a', 'b03a2e'][i]}"/><rect x="${x + 50}" y="510" width="10" height="160" fill="#5b4636"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <rect width="1600" height="560" fill="#a9cbe8"/><rect y="560" width="1600" height="340" fill="#4f8a3c"/>
    <rect y="700" width="1600" height="200" fill="#8c8577"/>${posts}
    <rect x="1300" y="300" width="14" height="400" fill="#6b6b6b"/>
    <rect x="1180" y="320" width="260" height="50" fill="#1f5fa8"/><rect x="1180" y="390" width="260" height="50" fill="#1f5fa8"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

/** A one-page PDF whose text says it stands in for the municipality's full budget document. */
export const placeholderPdf = (lines: readonly string[]): Buffer => {
  // PDF's standard fonts speak WinAnsi (Latin-1), which covers å, ä and ö.
  const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`)
  const text = lines
    .map(
      (line, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 72 ${760 - i * 24} Td (${escape(line)}) Tj ET`,
    )
    .join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
