import config from '@payload-config'
import { planNotFound } from 'mal-och-budget/site'

/** The English 404 page for a year that has no published plan. */
export default planNotFound(config, 'en')
