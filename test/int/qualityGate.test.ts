import type { Payload } from 'payload'

import { placeholderImage } from '../../host/seed/placeholderFiles'
import { seedHedemora } from '../../host/seed/seedHedemora'
import { richTextFromParagraphs } from '../../src/lib/richText'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

type FieldError = { message: string; path: string }

const fieldErrors = async (promise: Promise<unknown>): Promise<FieldError[]> => {
  try {
    await promise
  } catch (error) {
    return ((error as { data?: { errors?: FieldError[] } }).data?.errors ?? []).map(
      ({ message, path }) => ({ message, path }),
    )
  }
  return []
}

const linkParagraph = (words: string, linkText: string) => ({
  root: {
    children: [
      {
        children: [
          { text: words, type: 'text', version: 1 },
          {
            children: [{ text: linkText, type: 'text', version: 1 }],
            fields: { linkType: 'custom', url: 'https://www.hedemora.se' },
            type: 'link',
            version: 1,
          },
        ],
        type: 'paragraph',
        version: 1,
      },
    ],
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    type: 'root',
    version: 1,
  },
})

describe('the quality gate before a publish', () => {
  let test: TestPayload
  let payload: Payload
  let planId: number

  beforeAll(async () => {
    test = await startTestPayload('quality_gate')
    payload = test.payload
    // The Hedemora page is the reference: it passes the gate (the seed publishes every part of it).
    await seedHedemora(payload)
    planId = (await payload.find({ collection: 'budget-plans' })).docs[0].id as number
  })

  afterAll(async () => {
    await test?.destroy()
  })

  it('should let the Hedemora reference page publish again unchanged', async () => {
    const plan = await payload.update({
      id: planId,
      collection: 'budget-plans',
      data: { _status: 'published' },
    })
    expect(plan._status).toBe('published')
  })

  it('should refuse to publish an image whose alt text is a file name, on its field, and save the draft', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'IMG_2034.jpg' },
      file: {
        data: await placeholderImage(),
        mimetype: 'image/jpeg',
        name: 'IMG_2034.jpg',
        size: 1,
      },
    })
    expect(
      await fieldErrors(
        payload.update({
          id: planId,
          collection: 'budget-plans',
          data: { _status: 'published', heroImage: image.id },
        }),
      ),
    ).toEqual([
      {
        message: expect.stringContaining('Alternativtexten "IMG_2034.jpg" ser ut som ett filnamn'),
        path: 'heroImage',
      },
    ])
    const draft = await payload.update({
      id: planId,
      collection: 'budget-plans',
      data: { heroImage: image.id },
      draft: true,
    })
    expect(draft._status).toBe('draft')
    await payload.update({
      id: image.id,
      collection: 'media',
      data: { alt: 'Postlådor i rad vid en väg, skyltar mot Husby och Kloster.' },
    })
    const published = await payload.update({
      id: planId,
      collection: 'budget-plans',
      data: { _status: 'published', heroImage: image.id },
    })
    expect(published._status).toBe('published')
  })

  it('should refuse a section with a heading but no text, and links that say "här"', async () => {
    expect(
      await fieldErrors(
        payload.update({
          id: planId,
          collection: 'budget-plans',
          data: {
            _status: 'published',
            economySection: { body: richTextFromParagraphs([]), heading: 'Ekonomi' },
          },
        }),
      ),
    ).toEqual([
      {
        message: expect.stringContaining('Avsnittet "Ekonomi" har en rubrik men ingen text'),
        path: 'economySection.body',
      },
    ])

    const initiative = (await payload.find({ collection: 'initiatives', limit: 1 })).docs[0]
    expect(
      await fieldErrors(
        payload.update({
          id: initiative.id,
          collection: 'initiatives',
          data: { _status: 'published', description: linkParagraph('Mer om bygget finns ', 'här') },
        }),
      ),
    ).toEqual([
      {
        message: expect.stringContaining('länktexten "här" säger inte vart länken leder'),
        path: 'description',
      },
    ])
    const fixed = await payload.update({
      id: initiative.id,
      collection: 'initiatives',
      data: {
        _status: 'published',
        description: linkParagraph('Läs mer i ', 'bostadsförsörjningsplanen'),
      },
    })
    expect(fixed._status).toBe('published')
  })
})
