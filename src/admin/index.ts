/** Admin-panel components of the plugin, referenced by path from its collections (`mal-och-budget/admin`). */
export { ImportFromKoladaButton } from './ImportFromKoladaButton'
