/**
 * The total uncompressed size a ZIP file (an .xlsx) declares in its central directory, read
 * without unpacking anything; null when it is no readable ZIP. Lets an import refuse a "zip bomb"
 * before a spreadsheet library inflates it in memory.
 */
export const declaredUnzippedSize = (zip: Buffer): null | number => {
  const EOCD = 0x06054b50
  const CDH = 0x02014b50
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i -= 1) {
    if (zip.readUInt32LE(i) !== EOCD) continue
    const entries = zip.readUInt16LE(i + 10)
    let at = zip.readUInt32LE(i + 16)
    let total = 0
    for (let n = 0; n < entries; n += 1) {
      if (at + 46 > zip.length || zip.readUInt32LE(at) !== CDH) return null
      const size = zip.readUInt32LE(at + 24)
      // ZIP64 entries (0xffffffff) are far beyond anything a budget file holds.
      if (size === 0xffffffff) return Number.POSITIVE_INFINITY
      total += size
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    }
    return total
  }
  return null
}
