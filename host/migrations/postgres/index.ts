import * as migration_20261130_064327 from './20261130_064327'
import * as migration_20261130_071500_rate_limits from './20261130_071500_rate_limits'
import * as migration_20261130_073000_public_change_notify from './20261130_073000_public_change_notify'
import * as migration_20261130_095155 from './20261130_095155'
import * as migration_20261130_104020 from './20261130_104020'
import * as migration_20261130_163354 from './20261130_163354'
import * as migration_20261130_164202 from './20261130_164202'
import * as migration_20261130_170908 from './20261130_170908'
import * as migration_20261130_174035 from './20261130_174035'
import * as migration_20261130_200410 from './20261130_200410'
import * as migration_20261130_202120 from './20261130_202120'

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
  {
    up: migration_20261130_073000_public_change_notify.up,
    down: migration_20261130_073000_public_change_notify.down,
    name: '20261130_073000_public_change_notify',
  },
  {
    up: migration_20261130_095155.up,
    down: migration_20261130_095155.down,
    name: '20261130_095155',
  },
  {
    up: migration_20261130_104020.up,
    down: migration_20261130_104020.down,
    name: '20261130_104020',
  },
  {
    up: migration_20261130_163354.up,
    down: migration_20261130_163354.down,
    name: '20261130_163354',
  },
  {
    up: migration_20261130_164202.up,
    down: migration_20261130_164202.down,
    name: '20261130_164202',
  },
  {
    up: migration_20261130_170908.up,
    down: migration_20261130_170908.down,
    name: '20261130_170908',
  },
  {
    up: migration_20261130_174035.up,
    down: migration_20261130_174035.down,
    name: '20261130_174035',
  },
  {
    up: migration_20261130_200410.up,
    down: migration_20261130_200410.down,
    name: '20261130_200410',
  },
  {
    up: migration_20261130_202120.up,
    down: migration_20261130_202120.down,
    name: '20261130_202120',
  },
]
