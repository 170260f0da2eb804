import { buildAppConfig } from './host/config'
import { readSettings } from './host/settings'

// Payload's CLI and Next.js both look for this default export.
export default buildAppConfig(readSettings())
