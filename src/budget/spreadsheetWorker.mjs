// Reads the finance office's spreadsheet in a worker thread (see readSpreadsheet.ts): whatever a
// file holds, the server's main thread never waits on it, and the worker's memory and time are
// bounded. Plain JavaScript, so any host runs it as installed.
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { parentPort, workerData } from 'node:worker_threads'
import { inflateRawSync } from 'node:zlib'

const { bytes, kind, maxRows, maxUnzippedBytes } = workerData
const file = Buffer.from(bytes)
const finish = (answer) => parentPort.postMessage(answer)

const NOT_XLSX = 'Filen är ingen läsbar .xlsx-fil / Not a readable .xlsx file'
const tooManyRows = (n) =>
  `Filen har ${n} rader; högst ${maxRows} går att läsa in / The file has ${n} rows, at most ${maxRows}`

// Every entry of the ZIP, inflated with the real sizes counted as they come: a directory that
// lies about sizes is caught by the inflater's own output limit, never by trusting it.
const unzipBounded = (zip) => {
  const EOCD = 0x06054b50
  let end = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i -= 1) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i
      break
    }
  }
  if (end < 0) return { problem: NOT_XLSX }
  const entries = new Map()
  let left = maxUnzippedBytes
  let at = zip.readUInt32LE(end + 16)
  for (let n = zip.readUInt16LE(end + 10); n > 0; n -= 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return { problem: NOT_XLSX }
    const method = zip.readUInt16LE(at + 10)
    const compressed = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    const local = zip.readUInt32LE(at + 42)
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50)
      return { problem: NOT_XLSX }
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(start, start + compressed)
    let content
    try {
      content = method === 0 ? data : inflateRawSync(data, { maxOutputLength: left + 1 })
    } catch (error) {
      if (error instanceof RangeError) left = -1
      else return { problem: NOT_XLSX }
    }
    if (left < 0 || content.length > left) {
      return {
        problem: `Filen packas upp till mer än ${maxUnzippedBytes / 1024 / 1024} MB; dela upp den / The file unpacks to more than ${maxUnzippedBytes / 1024 / 1024} MB`,
      }
    }
    left -= content.length
    entries.set(name, content)
  }
  return { entries }
}

const cellText = (value) => {
  if (value && typeof value === 'object') {
    if ('result' in value) return value.result
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return value.text
    if (value instanceof Date) return value.toISOString()
  }
  return value ?? null
}

const readXlsx = async () => {
  const unzipped = unzipBounded(file)
  if (unzipped.problem) return unzipped
  // Rows are counted in the sheet itself before the spreadsheet library reads a cell of it.
  const sheetName = [...unzipped.entries.keys()]
    .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b)))[0]
  if (!sheetName) return { problem: 'Arbetsboken har inget blad / The workbook has no sheet' }
  const rows = (
    unzipped.entries
      .get(sheetName)
      .toString('utf8')
      .match(/<row\b[^>]*>\s*<c\b/g) ?? []
  ).length
  if (rows > maxRows + 1) return { problem: tooManyRows(rows - 1) }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(new Uint8Array(file).buffer)
  } catch {
    return { problem: NOT_XLSX }
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return { problem: 'Arbetsboken har inget blad / The workbook has no sheet' }
  const table = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : []
    table[number - 1] = values.map(cellText)
  })
  return { table: Array.from(table, (r) => r ?? []) }
}

const decode = (buffer) => {
  const withoutBom =
    buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(withoutBom)
  } catch {
    // Excel's "CSV" on Swedish Windows is Windows-1252.
    return new TextDecoder('windows-1252').decode(withoutBom)
  }
}

const readCsv = () => {
  const table = []
  let rows = 0
  Papa.parse(decode(file), {
    delimitersToGuess: [';', '\t', ','],
    skipEmptyLines: false,
    step: ({ data }) => {
      if (data.some((cell) => String(cell).trim() !== '')) rows += 1
      if (table.length <= maxRows + 1) table.push(data)
    },
  })
  return rows > maxRows + 1 ? { problem: tooManyRows(rows - 1) } : { table }
}

finish(kind === 'xlsx' ? await readXlsx() : readCsv())
