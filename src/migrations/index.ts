import * as migration_20261126_152612 from './20261126_152612'

export const migrations = [
  {
    up: migration_20261126_152612.up,
    down: migration_20261126_152612.down,
    name: '20261126_152612',
  },
]
