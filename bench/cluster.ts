import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { seedPostgresTemplate, startSeededServer } from '../test/helpers/seededServer'
import { freePort, type RunningServer, startServer } from '../test/helpers/server'
import { sleep } from './table'

/** The PostgreSQL server the cluster suite runs on (the test suite's, by default this machine's). */
export const POSTGRES_URL =
  process.env.MOB_TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/postgres'

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** Stops the run with the command that mends what is missing (Swedish and English). */
export const stopWith = (en: string, sv: string): never => {
  console.error(`[faults:cluster] ${en}\n[faults:cluster] ${sv}`)
  process.exit(1)
}

/** nginx from Debian's package: installed when missing, as root; otherwise the command to run. */
export const ensureNginx = (): void => {
  if (spawnSync('nginx', ['-v']).status === 0) return
  if (!isRoot())
    stopWith(
      'nginx is missing. Install it first:  sudo apt-get install -y nginx',
      'nginx saknas. Installera först:  sudo apt-get install -y nginx',
    )
  console.log('[faults:cluster] installing nginx (Debian package)…')
  const wait = ['-o', 'DPkg::Lock::Timeout=600']
  spawnSync('apt-get', [...wait, 'update', '-qq'], { stdio: 'inherit' })
  const installed = spawnSync('apt-get', [...wait, 'install', '-y', '-qq', 'nginx'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: 'inherit',
  })
  if (installed.status !== 0 || spawnSync('nginx', ['-v']).status !== 0)
    stopWith('could not install nginx', 'kunde inte installera nginx')
}

const waitForPort = async (port: number, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port}`)
    await sleep(50)
  }
}

export type Balancer = {
  /** Sends the traffic to these ports from now on (nginx reloads its configuration). */
  balance: (ports: number[]) => Promise<void>
  stop: () => Promise<void>
  url: string
}

/**
 * nginx in front of the given ports, as a hosting partner would run it: round robin over keep-alive
 * connections, `X-Forwarded-For` added, a request that could not reach a process tried on the next
 * one unless it is a POST (nginx never repeats a non-idempotent request).
 */
export const startBalancer = async (port: number, ports: number[]): Promise<Balancer> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mob-nginx-'))
  const conf = path.join(dir, 'nginx.conf')
  const write = (targets: number[]) =>
    fs.writeFileSync(
      conf,
      `${isRoot() ? 'user root;\n' : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 64m;
  upstream app {
${targets.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 64;
    # Below Node's 5 s keep-alive, so nginx never reuses a connection the server is closing.
    keepalive_timeout 4s;
    keepalive_requests 100000;
  }
  server {
    listen 127.0.0.1:${port};
    keepalive_requests 100000;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout;
    }
  }
}
`,
    )
  write(ports)
  const child = spawn('nginx', ['-p', dir, '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise((resolve) => child.on('exit', resolve))
  await waitForPort(port)
  return {
    balance: async (targets) => {
      write(targets)
      spawnSync('nginx', ['-p', dir, '-c', conf, '-g', 'daemon off;', '-s', 'reload'])
      // The old worker finishes its requests; the new one takes the next.
      await sleep(500)
    },
    stop: async () => {
      child.kill('SIGTERM')
      await exited
      fs.rmSync(dir, { force: true, recursive: true })
    },
    url: `http://127.0.0.1:${port}`,
  }
}

export type Cluster = {
  balancer: Balancer
  database: Awaited<ReturnType<typeof startSeededServer>>['database']
  env: Record<string, string>
  /** Kills process `i` with SIGKILL (if `kill`) and starts it again on its port. */
  restart: (i: number, kill?: boolean) => Promise<void>
  servers: RunningServer[]
  stop: () => Promise<void>
}

const measuring = { allowStalls: true }

/**
 * Three production processes on one seeded PostgreSQL database behind nginx; each process is told
 * the balancer's address as its own (`SERVER_URL`) and trusts it for the client's address.
 */
export const startCluster = async (
  name: string,
  env: Record<string, string> = {},
  size = 3,
): Promise<Cluster> => {
  const balancerPort = await freePort()
  const shared = {
    SERVER_URL: `http://127.0.0.1:${balancerPort}`,
    TRUST_PROXY: 'loopback',
    ...env,
  }
  const seeded = await startSeededServer(name, shared, measuring)
  const servers = [seeded.server]
  for (let i = 1; i < size; i++) servers.push(await startServer(seeded.env, undefined, measuring))
  const ports = () => servers.map((s) => Number(new URL(s.url).port))
  const balancer = await startBalancer(balancerPort, ports())
  return {
    balancer,
    database: seeded.database,
    env: seeded.env,
    restart: async (i, kill = true) => {
      const port = ports()[i]
      if (kill) servers[i].process.kill('SIGKILL')
      await servers[i].stop().catch(() => undefined)
      servers[i] = await startServer(seeded.env, undefined, { ...measuring, port })
    },
    servers,
    stop: async () => {
      await balancer.stop()
      for (const server of servers) await server.stop().catch(() => undefined)
      await seeded.database.cleanup()
    },
  }
}

/** The cluster's PostgreSQL (Debian's `pg_ctlcluster`): its version folder and the command. */
export const postgresCluster = (): { ctl: (action: string) => void; version: string } => {
  const version = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql')[0] : ''
  if (!version || !isRoot())
    stopWith(
      'restarting PostgreSQL and making a replica need root on the machine that runs PostgreSQL (Debian’s pg_ctlcluster)',
      'omstart av PostgreSQL och en replik kräver root på maskinen där PostgreSQL körs',
    )
  return {
    ctl: (action) => {
      const run = spawnSync(
        'pg_ctlcluster',
        [
          '--skip-systemctl-redirect',
          version,
          'main',
          action,
          ...(action === 'stop' ? ['-m', 'fast'] : []),
        ],
        { encoding: 'utf8' },
      )
      if (run.status !== 0) throw new Error(`pg_ctlcluster ${action}: ${run.stderr}`)
    },
    version,
  }
}

export const postgresReady = (port = 5432): boolean =>
  spawnSync('pg_isready', ['-q', '-h', '127.0.0.1', '-p', String(port)]).status === 0

/**
 * A second PostgreSQL cluster on another port, a streaming replica of this machine's made with
 * `pg_basebackup` (the primary's `pg_hba.conf` gets a replication line for the run and has it
 * back as it was after). Answers its port and the stop.
 */
export const startReplica = async (): Promise<{ port: number; stop: () => Promise<void> }> => {
  const { version } = postgresCluster()
  const hba = `/etc/postgresql/${version}/main/pg_hba.conf`
  const original = fs.readFileSync(hba, 'utf8')
  const reload = () =>
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'reload'])
  if (!/^host\s+replication\s+all\s+127\.0\.0\.1\/32/m.test(original)) {
    fs.writeFileSync(hba, `${original}\nhost replication all 127.0.0.1/32 trust\n`)
    reload()
  }
  const bin = `/usr/lib/postgresql/${version}/bin`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mob-replica-'))
  const port = await freePort()
  const asPostgres = (command: string, args: string[]) => {
    const run = spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], {
      encoding: 'utf8',
    })
    if (run.status !== 0) throw new Error(`${command}: ${run.stderr}`)
  }
  const restoreHba = () => {
    if (fs.readFileSync(hba, 'utf8') !== original) {
      fs.writeFileSync(hba, original)
      reload()
    }
  }
  try {
    fs.chownSync(dir, ...ownerOf('postgres'))
    const data = path.join(dir, 'data')
    asPostgres(path.join(bin, 'pg_basebackup'), [
      ...['-h', '127.0.0.1', '-p', '5432', '-U', 'root', '-D', data],
      ...['-R', '-X', 'stream', '-c', 'fast'],
    ])
    // Debian keeps the configuration outside the data folder: the replica gets its own.
    fs.writeFileSync(
      path.join(data, 'postgresql.conf'),
      `port = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nhot_standby = on\n`,
    )
    fs.writeFileSync(path.join(data, 'pg_hba.conf'), 'host all all 127.0.0.1/32 trust\n')
    fs.chownSync(path.join(data, 'postgresql.conf'), ...ownerOf('postgres'))
    fs.chownSync(path.join(data, 'pg_hba.conf'), ...ownerOf('postgres'))
    asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-w', 'start'])
  } catch (error) {
    restoreHba()
    throw error
  }
  return {
    port,
    stop: async () => {
      spawnSync('runuser', [
        ...['-u', 'postgres', '--', path.join(bin, 'pg_ctl')],
        ...['-D', path.join(dir, 'data'), '-m', 'fast', '-w', 'stop'],
      ])
      fs.rmSync(dir, { force: true, recursive: true })
      restoreHba()
    },
  }
}

const ownerOf = (user: string): [number, number] => {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${user}:`))
  const [, , uid, gid] = line?.split(':') ?? []
  if (uid === undefined) throw new Error(`no user ${user}`)
  return [Number(uid), Number(gid)]
}

export { seedPostgresTemplate }
