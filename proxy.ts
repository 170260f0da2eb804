import { type NextRequest, NextResponse } from 'next/server'

/**
 * In front of the pages (the public page's form, the admin's server functions): a form post whose
 * multipart body cannot be read is answered 400 with a message, where Next.js would fail with a 500
 * while reading it for a server action. Next.js keeps the body for the page after this read.
 */
export const proxy = async (request: NextRequest): Promise<NextResponse> => {
  if (request.method !== 'POST') return NextResponse.next()
  try {
    await request.clone().formData()
    return NextResponse.next()
  } catch {
    return NextResponse.json(
      {
        errors: [
          {
            message:
              'Formuläret (multipart/form-data) kunde inte läsas / The multipart form could not be read',
          },
        ],
      },
      { headers: { 'cache-control': 'no-store' }, status: 400 },
    )
  }
}

export const config = {
  // Only multipart posts to pages: every other request goes straight to its route.
  matcher: [
    {
      has: [{ key: 'content-type', type: 'header', value: 'multipart/form-data.*' }],
      source: '/((?!api/|_next/).*)',
    },
  ],
}
