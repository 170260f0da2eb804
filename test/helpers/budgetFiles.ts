import ExcelJS from 'exceljs'
import { deflateRawSync } from 'node:zlib'

/** A budget CSV as a Swedish finance office exports it: `;`, decimal comma, spaces between thousands. */
export const budgetCsv = (rows: string[][], { bom = true } = {}): string =>
  (bom ? '\uFEFF' : '') +
  [['nämnd', 'typ', 'belopp_tkr', 'föregående_år_tkr', 'kommentar'], ...rows]
    .map((r) => r.join(';'))
    .join('\r\n') +
  '\r\n'

/** The same text in Windows-1252, as Excel on Swedish Windows saves "CSV". */
export const windows1252 = (text: string): Buffer =>
  Buffer.from(
    Array.from(text.replace(/^\uFEFF/, ''), (ch) => {
      const code = ch.charCodeAt(0)
      if (code < 0x100) return code
      throw new Error(`no Windows-1252 byte for ${ch}`)
    }),
  )

/** An .xlsx workbook with the template's header and the given rows (numbers or Swedish text). */
export const budgetXlsx = async (rows: (number | string | null)[][]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Budget')
  sheet.addRow(['nämnd', 'typ', 'belopp_tkr', 'föregående_år_tkr', 'kommentar'])
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** Clearly made-up frames of "Exempelby kommun" (thousands of kronor). */
export const EXEMPELBY_ROWS = [
  ['Kommunstyrelsen', 'drift', '125 400', '120 100', 'Påhittad rad'],
  ['Barn- och utbildningsnämnden', 'drift', '402 350,5', '398 000', ''],
  ['Omsorgsnämnden', 'drift', '−310 000', '', ''],
  ['Omsorgsnämnden', 'drift', '355 000', '349 500', ''],
  ['Skatteintäkter och generella statsbidrag', 'drift', '-900 000', '-880 000', 'Intäkt'],
  ['Kommunstyrelsen', 'investering', '35 000', '28 000', ''],
]

/**
 * A ZIP of one entry whose content inflates to `realBytes` (zeros) while its directory claims
 * `claimedBytes`: the "zip bomb" that lies about its size.
 */
export const lyingZip = (name: string, realBytes: number, claimedBytes: number): Buffer => {
  const data = deflateRawSync(Buffer.alloc(realBytes))
  const fileName = Buffer.from(name)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(claimedBytes, 22)
  local.writeUInt16LE(fileName.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(claimedBytes, 24)
  central.writeUInt16LE(fileName.length, 28)
  central.writeUInt32LE(0, 42)
  const directoryAt = local.length + fileName.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + fileName.length, 12)
  end.writeUInt32LE(directoryAt, 16)
  return Buffer.concat([local, fileName, data, central, fileName, end])
}
