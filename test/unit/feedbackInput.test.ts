import { checkInput, feedbackSubmissionSchema } from '../../src/lib/feedbackInput'

const check = (input: unknown) => checkInput(feedbackSubmissionSchema, input)

describe('feedback input', () => {
  it('should accept a message alone, trimmed, with an optional name and e-mail', () => {
    expect(check({ message: '  Bra sida!  ', page: '/mal-och-budget/2021' })).toEqual({
      ok: true,
      value: { message: 'Bra sida!', page: '/mal-och-budget/2021' },
    })
    expect(
      check({ email: 'anna@example.se', message: 'Hej', name: 'Anna', page: 7, website: '' }),
    ).toMatchObject({
      ok: true,
      value: { email: 'anna@example.se', name: 'Anna', page: 7 },
    })
  })

  it('should give a Swedish and English message per field', () => {
    const result = check({
      email: 'inte-en-adress',
      message: '   ',
      name: 'x'.repeat(101),
      page: 'javascript:alert(1)',
    })
    expect(result).toEqual({
      errors: {
        email:
          'Ange en giltig e-postadress, t.ex. namn@exempel.se / Enter a valid e-mail address, e.g. name@example.com',
        message: 'Skriv din synpunkt / Write your comment',
        name: 'Namnet får vara högst 100 tecken / Name: at most 100 characters',
        page: 'Okänd sida / Unknown page',
      },
      ok: false,
    })
  })

  it('should refuse wrong types, control characters, a filled honeypot and a too long message', () => {
    expect(check({ message: { $gt: '' }, page: 1 })).toMatchObject({
      errors: { message: expect.stringMatching(/^Skriv din synpunkt/) },
      ok: false,
    })
    expect(check({ message: 'a\u0000b', page: 1 })).toMatchObject({
      errors: { message: expect.stringMatching(/otillåtna tecken/) },
    })
    expect(check({ message: 'Köp billigt', page: 1, website: 'http://spam' })).toMatchObject({
      errors: { website: expect.any(String) },
    })
    expect(check({ message: 'x'.repeat(4001), page: 1 })).toMatchObject({
      errors: { message: expect.stringMatching(/högst 4000/) },
    })
    expect(check({ message: ` ${'x'.repeat(4000)} `, page: 1 }).ok).toBe(true)
    expect(check([1, 2])).toMatchObject({ ok: false })
  })
})
