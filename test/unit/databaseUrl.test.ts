import path from 'node:path'

import { ConfigError } from '../../host/ConfigError'
import { DEFAULT_SQLITE_FILE, parseDatabaseUrl, redactUrl } from '../../host/databaseUrl'

describe('parseDatabaseUrl', () => {
  const cwd = '/srv/app'

  it('should use the embedded SQLite file when DATABASE_URL is unset or empty', () => {
    const expected = path.resolve(cwd, DEFAULT_SQLITE_FILE)
    expect(parseDatabaseUrl(undefined, cwd)).toEqual({
      filePath: expected,
      kind: 'sqlite',
      url: `file:${expected}`,
    })
    expect(parseDatabaseUrl('  ', cwd)).toEqual({
      filePath: expected,
      kind: 'sqlite',
      url: `file:${expected}`,
    })
  })

  it('should resolve relative and absolute file: URLs', () => {
    expect(parseDatabaseUrl('file:./db/x.db', cwd)).toMatchObject({
      filePath: '/srv/app/db/x.db',
      kind: 'sqlite',
    })
    expect(parseDatabaseUrl('file:/var/lib/mob.db', cwd)).toMatchObject({
      filePath: '/var/lib/mob.db',
    })
    expect(parseDatabaseUrl('file:///var/lib/mob.db', cwd)).toMatchObject({
      filePath: '/var/lib/mob.db',
    })
  })

  it('should pick MongoDB and turn transactions on only for a replica set', () => {
    expect(parseDatabaseUrl('mongodb://db:27017/mob', cwd)).toEqual({
      kind: 'mongodb',
      transactions: false,
      url: 'mongodb://db:27017/mob',
    })
    expect(parseDatabaseUrl('mongodb://db:27017/mob?replicaSet=rs0', cwd)).toMatchObject({
      transactions: true,
    })
    expect(parseDatabaseUrl('mongodb+srv://cluster.example.org/mob', cwd)).toMatchObject({
      kind: 'mongodb',
      transactions: true,
    })
  })

  it('should refuse anything else with a message naming DATABASE_URL and the accepted forms', () => {
    for (const bad of ['mysql://h/db', 'file:', 'mongodb://', 'just-a-file.db']) {
      expect(() => parseDatabaseUrl(bad, cwd)).toThrow(ConfigError)
      expect(() => parseDatabaseUrl(bad, cwd)).toThrow(
        /DATABASE_URL.*file:.*postgres:\/\/.*mongodb:\/\/.*mongodb\+srv/s,
      )
    }
  })

  it('should pick PostgreSQL for postgres:// and postgresql://, a socket folder too', () => {
    for (const url of [
      'postgres://mob:pw@127.0.0.1:5432/mob',
      'postgresql://db.example.org/mob?sslmode=require',
      'postgres:///mob?host=/var/run/postgresql',
    ])
      expect(parseDatabaseUrl(url, cwd)).toEqual({ kind: 'postgres', url })
  })

  it('should refuse a PostgreSQL URL without a host or a database, naming what is missing', () => {
    for (const bad of ['postgres://', 'postgres://h', 'postgresql://h:5432/', 'postgres:///db'])
      expect(() => parseDatabaseUrl(bad, cwd)).toThrow(/names no PostgreSQL host or database/)
  })

  it('should never repeat a password from the URL in its error', () => {
    expect(() => parseDatabaseUrl('mysql://admin:hemligt@h/db', cwd)).toThrow(/admin:\*\*\*@/)
    expect(() => parseDatabaseUrl('postgres://admin:hemligt@h/', cwd)).toThrow(/admin:\*\*\*@/)
    expect(() => parseDatabaseUrl('postgres://admin:hemligt@h/', cwd)).not.toThrow(/hemligt/)
    expect(redactUrl('mongodb://u:pw@h/db')).toBe('mongodb://u:***@h/db')
  })
})
