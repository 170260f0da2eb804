import { validOrganisationNumber } from '../../src/lib/organisationNumber'

describe('organisation numbers in the site settings', () => {
  it('should take real numbers with or without the dash', () => {
    // Hedemora kommun, Skatteverket, Sveriges Kommuner och Regioner.
    for (const number of ['212000-2197', '2120002197', '202100-5448', '222000-0315'])
      expect([number, validOrganisationNumber(number)]).toEqual([number, true])
  })

  it('should refuse a wrong check digit, a wrong length and anything but digits', () => {
    for (const number of [
      '212000-2198',
      '21200021',
      '212000-21977',
      'abcdef-ghij',
      '',
      '2120-002197',
    ])
      expect([number, validOrganisationNumber(number)]).toEqual([number, false])
  })
})
