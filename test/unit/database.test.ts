import { createDatabaseAdapter } from '../../host/database'
import { parseDatabaseUrl } from '../../host/databaseUrl'

describe('createDatabaseAdapter', () => {
  it('should give SQLite for a file: URL and MongoDB for a mongodb:// URL', async () => {
    const sqlite = await createDatabaseAdapter(parseDatabaseUrl('file:./test/.tmp/choice.db'))
    expect(sqlite.name).toBe('sqlite')
    expect(sqlite.defaultIDType).toBe('number')
    const mongo = await createDatabaseAdapter(
      parseDatabaseUrl('mongodb://127.0.0.1:27017/mob?replicaSet=rs0'),
    )
    expect(mongo.name).toBe('mongoose')
    expect(mongo.defaultIDType).toBe('text')
  })
})
