// Draws a goal's link-preview image in a worker thread (see cardImage.ts): satori lays it out and
// resvg paints it, 100–200 ms of CPU the server's main thread never waits on. Plain JavaScript, so
// any host runs it as installed. Gets the texts and colours ready; answers the PNG's bytes.
import { ImageResponse } from 'next/og.js'
import { parentPort, workerData } from 'node:worker_threads'

const { accent, figure, goal, heading, size, status, statusColour } = workerData
const box = (style, children) => ({ props: { children, style }, type: 'div' })

const response = new ImageResponse(
  box(
    {
      background: '#ffffff',
      borderTop: `24px solid ${accent}`,
      color: '#1a1a1a',
      display: 'flex',
      flexDirection: 'column',
      height: '100%',
      padding: '56px 72px',
      width: '100%',
    },
    [
      box({ color: '#4a4a4a', fontSize: 34 }, heading),
      box({ fontSize: 68, lineHeight: 1.15, marginTop: 36 }, goal),
      box({ color: statusColour, fontSize: 40, marginTop: 40 }, status),
      ...(figure ? [box({ fontSize: 36, marginTop: 24 }, figure)] : []),
    ],
  ),
  size,
)
const bytes = new Uint8Array(await response.arrayBuffer())
parentPort.postMessage(bytes, [bytes.buffer])
