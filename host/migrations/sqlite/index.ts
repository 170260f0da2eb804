import * as migration_20261126_154833 from './20261126_154833'
import * as migration_20261126_160914 from './20261126_160914'
import * as migration_20261126_161245 from './20261126_161245'
import * as migration_20261127_132044 from './20261127_132044'
import * as migration_20261127_162533 from './20261127_162533'
import * as migration_20261127_165831 from './20261127_165831'
import * as migration_20261127_172154 from './20261127_172154'
import * as migration_20261127_175335 from './20261127_175335'
import * as migration_20261127_191132 from './20261127_191132'
import * as migration_20261129_195921 from './20261129_195921'
import * as migration_20261129_200504 from './20261129_200504'
import * as migration_20261129_200634 from './20261129_200634'
import * as migration_20261129_221235 from './20261129_221235'
import * as migration_20261130_095152 from './20261130_095152'
import * as migration_20261130_104017 from './20261130_104017'
import * as migration_20261130_163351 from './20261130_163351'
import * as migration_20261130_164158 from './20261130_164158'
import * as migration_20261130_170906 from './20261130_170906'
import * as migration_20261130_174032 from './20261130_174032'
import * as migration_20261130_200404 from './20261130_200404'
import * as migration_20261130_202113 from './20261130_202113'

export const migrations = [
  {
    up: migration_20261126_154833.up,
    down: migration_20261126_154833.down,
    name: '20261126_154833',
  },
  {
    up: migration_20261126_160914.up,
    down: migration_20261126_160914.down,
    name: '20261126_160914',
  },
  {
    up: migration_20261126_161245.up,
    down: migration_20261126_161245.down,
    name: '20261126_161245',
  },
  {
    up: migration_20261127_132044.up,
    down: migration_20261127_132044.down,
    name: '20261127_132044',
  },
  {
    up: migration_20261127_162533.up,
    down: migration_20261127_162533.down,
    name: '20261127_162533',
  },
  {
    up: migration_20261127_165831.up,
    down: migration_20261127_165831.down,
    name: '20261127_165831',
  },
  {
    up: migration_20261127_172154.up,
    down: migration_20261127_172154.down,
    name: '20261127_172154',
  },
  {
    up: migration_20261127_175335.up,
    down: migration_20261127_175335.down,
    name: '20261127_175335',
  },
  {
    up: migration_20261127_191132.up,
    down: migration_20261127_191132.down,
    name: '20261127_191132',
  },
  {
    up: migration_20261129_195921.up,
    down: migration_20261129_195921.down,
    name: '20261129_195921',
  },
  {
    up: migration_20261129_200504.up,
    down: migration_20261129_200504.down,
    name: '20261129_200504',
  },
  {
    up: migration_20261129_200634.up,
    down: migration_20261129_200634.down,
    name: '20261129_200634',
  },
  {
    up: migration_20261129_221235.up,
    down: migration_20261129_221235.down,
    name: '20261129_221235',
  },
  {
    up: migration_20261130_095152.up,
    down: migration_20261130_095152.down,
    name: '20261130_095152',
  },
  {
    up: migration_20261130_104017.up,
    down: migration_20261130_104017.down,
    name: '20261130_104017',
  },
  {
    up: migration_20261130_163351.up,
    down: migration_20261130_163351.down,
    name: '20261130_163351',
  },
  {
    up: migration_20261130_164158.up,
    down: migration_20261130_164158.down,
    name: '20261130_164158',
  },
  {
    up: migration_20261130_170906.up,
    down: migration_20261130_170906.down,
    name: '20261130_170906',
  },
  {
    up: migration_20261130_174032.up,
    down: migration_20261130_174032.down,
    name: '20261130_174032',
  },
  {
    up: migration_20261130_200404.up,
    down: migration_20261130_200404.down,
    name: '20261130_200404',
  },
  {
    up: migration_20261130_202113.up,
    down: migration_20261130_202113.down,
    name: '20261130_202113',
  },
]
