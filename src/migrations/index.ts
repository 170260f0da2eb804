import * as migration_20261126_153731 from './20261126_153731'

export const migrations = [
  {
    up: migration_20261126_153731.up,
    down: migration_20261126_153731.down,
    name: '20261126_153731',
  },
]
