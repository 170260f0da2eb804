import * as migration_20261126_151613 from './20261126_151613'

export const migrations = [
  {
    up: migration_20261126_151613.up,
    down: migration_20261126_151613.down,
    name: '20261126_151613',
  },
]
