import { isReceiptNumber, newReceiptNumber } from '../../src/lib/receiptNumber'

describe('newReceiptNumber', () => {
  it('should give numbers that are well-formed, unambiguous and never repeat in 10,000 draws', () => {
    const drawn = Array.from({ length: 10_000 }, newReceiptNumber)
    expect(new Set(drawn).size).toBe(drawn.length)
    for (const receipt of drawn.slice(0, 100)) {
      expect(isReceiptNumber(receipt)).toBe(true)
      expect(receipt).not.toMatch(/[ILOU]/)
    }
  })
})
