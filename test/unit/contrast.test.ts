import fc from 'fast-check'

import { AA_TEXT_CONTRAST, contrastRatio } from '../../src/lib/contrast'

const hex = fc
  .array(fc.integer({ max: 255, min: 0 }), { maxLength: 3, minLength: 3 })
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`)

describe('WCAG contrast of the organisation’s colours', () => {
  it('gives the ratios WCAG publishes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    // #767676 is the lightest grey that passes AA on white; #777777 is not.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_TEXT_CONTRAST)
  })

  it('is the same both ways round and stays between 1 and 21', () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const ratio = contrastRatio(a, b)
        expect(ratio).toBeCloseTo(contrastRatio(b, a), 10)
        expect(ratio).toBeGreaterThanOrEqual(1)
        expect(ratio).toBeLessThanOrEqual(21.0001)
      }),
      { seed: Date.now() },
    )
  })
})
