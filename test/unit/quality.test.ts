import {
  altTextProblem,
  isGenericLinkText,
  richTextProblems,
} from '../../src/quality/accessibilityChecks'
import {
  easyReadWarnings,
  lix,
  lixLabel,
  passivesOf,
  plainSwedishWarnings,
  sentencesOf,
  wordsOf,
} from '../../src/quality/plainSwedish'
import { richTextFromParagraphs } from '../../src/lib/richText'
import { publicationWarnings } from '../../src/quality/checkPublication'
import { referenceLines } from '../helpers/reference'

const node = (type: string, extra: Record<string, unknown> = {}, children: unknown[] = []) => ({
  type,
  children,
  version: 1,
  ...extra,
})
const text = (t: string) => ({ type: 'text', text: t, version: 1 })
const state = (...children: unknown[]) => ({ root: { children, type: 'root', version: 1 } })

describe('LIX and plain Swedish', () => {
  it('should compute LIX on the usual scale', () => {
    // 8 words, 2 sentences, 3 over six letters (Kommunen, hjälper, invånarna): 8/2 + 3·100/8 = 41,5.
    expect(lix('Vi bygger nya skolor. Kommunen hjälper invånarna snabbt.')).toBeCloseTo(41.5, 5)
    // 7 words, 2 sentences, none long: 7/2 + 0 = 3,5.
    expect(lix('Vi bygger nya hus. Det blir bra.')).toBeCloseTo(3.5, 5)
    expect(lixLabel(29)).toBe('mycket lättläst')
    expect(lixLabel(45)).toBe('medelsvår')
    expect(lixLabel(61)).toBe('mycket svår')
  })

  it("should give the Hedemora reference page's LIX, cross-checked by hand", () => {
    // Counted by hand with the same rules (an independent script over the fixture): 848 words,
    // 66 sentences (each heading, list item and line ends one), 271 words over six letters:
    // 848 / 66 + 271 · 100 / 848 = 12,85 + 31,96 = 44,8 — "medelsvår".
    const page = referenceLines().join('\n')
    expect(wordsOf(page)).toHaveLength(848)
    expect(sentencesOf(page)).toHaveLength(66)
    expect(lix(page)).toBeCloseTo(848 / 66 + (271 * 100) / 848, 5)
    expect(lixLabel(lix(page) ?? 0)).toBe('medelsvår')
  })

  it('should keep abbreviations and dates inside one sentence', () => {
    expect(sentencesOf('Vi satsar t.ex. på skolan. Beslut 2021-03-10 i fullmäktige.')).toEqual([
      'Vi satsar t.ex. på skolan.',
      'Beslut 2021-03-10 i fullmäktige.',
    ])
  })

  it('should warn about long sentences and passive-heavy paragraphs, naming the sentence', () => {
    const long = Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' ') + '.'
    const passive = 'Beslutet fattades i maj. Budgeten antogs av fullmäktige. Vi bygger en skola.'
    expect(passivesOf('Budgeten antogs av fullmäktige.')).toEqual(['antogs'])
    expect(passivesOf('Det finns många hus i kommunens centrum.')).toEqual([])
    expect(plainSwedishWarnings([long, passive])).toEqual([
      { message: 'Meningen har 40 ord (mer än 35): dela upp den.', sentence: long },
      {
        message: 'Många passiva verb (2 av 3 meningar, t.ex. "fattades"): skriv vem som gör vad.',
        sentence: 'Beslutet fattades i maj.',
      },
    ])
  })
})

describe('easy-to-read (lättläst) texts', () => {
  it('should take short sentences of everyday words, and warn at LIX over 30 or 16 words', () => {
    // 11 words, 2 sentences, none over six letters: LIX 5,5.
    expect(easyReadWarnings(['Vi vill att fler har ett jobb. Skolan ska bli bra.'])).toEqual([])
    const sixteen = 'Vi vill att alla barn i hela vår kommun ska få gå i en bra skola.'
    expect(wordsOf(sixteen)).toHaveLength(16)
    // 16 words, 1 sentence, none long: LIX 16, under 30 — only the length is too much.
    expect(easyReadWarnings([sixteen])).toEqual([
      {
        message: 'Meningen har 16 ord, för många för lättläst (högst 15): dela upp den.',
        sentence: sixteen,
      },
    ])
    // 5 words, 1 sentence, 3 long (Kommunfullmäktige, fastställde, verksamhetsplanen): 5 + 60 = 65.
    expect(easyReadWarnings(['Kommunfullmäktige fastställde verksamhetsplanen i maj.'])).toEqual([
      {
        message:
          'LIX 65 är för högt för lättläst (högst 30): korta meningarna och byt långa ord mot vardagliga.',
      },
    ])
  })

  it('should measure a goal’s easy text by the easy limits, its other texts by the usual ones', () => {
    const sixteen = 'Vi vill att alla barn i hela vår kommun ska få gå i en bra skola.'
    const { warnings } = publicationWarnings('goal', { description: sixteen, easyRead: sixteen })
    expect(warnings.map((w) => w.field)).toEqual(['easyRead'])
    expect(
      publicationWarnings('plan', { easyRead: sixteen, year: 2021 }).warnings.map((w) => w.field),
    ).toEqual(['easyRead'])
  })
})

describe('accessibility checks', () => {
  it('should refuse an image without alt text or with a file name for one', () => {
    expect(altTextProblem('heroImage', '')).toMatchObject({
      field: 'heroImage',
      message: expect.stringContaining('saknar alternativtext'),
    })
    for (const alt of ['IMG_2034.jpg', 'DSC0012', 'bild-3.png', '20210310_120000'])
      expect(altTextProblem('heroImage', alt)?.message).toContain('ser ut som ett filnamn')
    expect(altTextProblem('heroImage', 'Postlådor vid vägkanten i Husby')).toBeNull()
  })

  it('should refuse skipping heading levels, two h1s and links that say "här"', () => {
    const problems = richTextProblems(
      'intro',
      'Ingressen',
      state(
        node('heading', { tag: 'h1' }, [text('Rubrik')]),
        node('heading', { tag: 'h2' }, [text('Del')]),
        node('heading', { tag: 'h4' }, [text('Underdel')]),
        node('heading', { tag: 'h1' }, [text('Till')]),
        node('paragraph', {}, [
          text('Läs budgeten '),
          node('link', { fields: { url: 'https://x.se' } }, [text('här')]),
        ]),
        node('paragraph', {}, [node('autolink', {}, [text('https://www.hedemora.se')])]),
        node('paragraph', {}, [node('link', {}, [text('Hela Mål och budget 2021')])]),
      ),
    )
    expect(problems.map((p) => p.message)).toEqual([
      'Ingressen: rubriknivåerna hoppar från h2 till h4 ("Underdel"); använd h3.',
      'Ingressen: länktexten "här" säger inte vart länken leder; skriv ut målet, t.ex. "Läs hela budgetdokumentet".',
      'Ingressen: länktexten "https://www.hedemora.se" säger inte vart länken leder; skriv ut målet, t.ex. "Läs hela budgetdokumentet".',
      'Ingressen: texten har 2 rubriker på nivå h1; sidan har redan sin h1.',
    ])
    expect(problems.every((p) => p.field === 'intro')).toBe(true)
    expect(
      richTextProblems('intro', 'Ingressen', richTextFromParagraphs(['Vanlig text.'])),
    ).toEqual([])
    expect(isGenericLinkText('Klicka här!')).toBe(true)
    expect(isGenericLinkText('Läs mer')).toBe(true)
    expect(isGenericLinkText('Här hittar du kommunens hela mål och budgetdokument.')).toBe(false)
  })
})

describe('a plan that still names last year', () => {
  it('should warn the editor where a text of the 2022 plan names 2021, and stay quiet for 2021 itself', () => {
    const plan = (year: number) => ({
      intro: richTextFromParagraphs(['Under 2021 ska kommunen bygga fler bostäder.']),
      subtitle: 'Mål och budget 2022',
      title: `Mål för kommunen ${year}`,
      workSection: {
        initiativesLead: 'Här kommer några exempel på mer vi arbetar med under 2021:',
      },
      year,
    })
    const warnings = publicationWarnings('plan', plan(2022)).warnings
    // The lead-in to the list of initiatives, as Hedemora's 2021 text has it.
    expect(warnings).toContainEqual(
      expect.objectContaining({
        field: 'workSection.initiativesLead',
        message:
          'Inledningen till insatserna nämner 2021, men planen gäller 2022: står det kvar från förra årets plan?',
      }),
    )
    expect(warnings).toContainEqual(
      expect.objectContaining({
        field: 'intro',
        message:
          'Ingressen nämner 2021, men planen gäller 2022: står det kvar från förra årets plan?',
      }),
    )
    expect(publicationWarnings('plan', plan(2021)).warnings.map((w) => w.field)).not.toContain(
      'intro',
    )
  })
})
