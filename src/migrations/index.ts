import * as migration_20261126_154833 from './20261126_154833'

export const migrations = [
  {
    up: migration_20261126_154833.up,
    down: migration_20261126_154833.down,
    name: '20261126_154833',
  },
]
