import * as migration_20261130_064327 from './20261130_064327'
import * as migration_20261130_071500_rate_limits from './20261130_071500_rate_limits'

export const migrations = [
  {
    up: migration_20261130_064327.up,
    down: migration_20261130_064327.down,
    name: '20261130_064327',
  },
  {
    up: migration_20261130_071500_rate_limits.up,
    down: migration_20261130_071500_rate_limits.down,
    name: '20261130_071500_rate_limits',
  },
]
