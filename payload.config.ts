import { buildAppConfig } from './src/appConfig'
import { readSettings } from './src/lib/settings'

// Payload's CLI and Next.js both look for this default export.
export default buildAppConfig(readSettings())
