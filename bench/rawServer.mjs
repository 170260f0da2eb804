/**
 * The ceiling of `npm run bench`: a plain Node.js `http` server that answers each benchmarked
 * request with the bytes the product answered it — status line, headers and body — and does
 * nothing else. Started by bench/run.ts with the path of a JSON file of answers; prints its port.
 */
import fs from 'node:fs'
import http from 'node:http'

const answers = new Map(
  JSON.parse(fs.readFileSync(process.argv[2], 'utf8')).map((a) => [
    `${a.method} ${a.path}`,
    { body: Buffer.from(a.body, 'base64'), headers: a.headers, status: a.status },
  ]),
)

const server = http.createServer((req, res) => {
  const answer = answers.get(`${req.method} ${req.url}`)
  const send = () => {
    if (!answer) {
      res.writeHead(404, { 'content-length': '0' })
      res.end()
      return
    }
    res.writeHead(answer.status, answer.headers)
    res.end(answer.body)
  }
  // A POST is answered once its body is read, as the product must read it.
  if (req.method === 'POST') req.on('data', () => undefined).on('end', send)
  else send()
})
server.listen(0, '127.0.0.1', () => console.log(server.address().port))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
