import { ApiError } from '../../contract/errors'
import { deleteGrid, findGrid, gridNameTaken, insertGrid, listGrids, replaceGridPlaces, updateGrid } from '../../db/repositories/gridsRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import type { HandlerContext, HandlersFor } from './context'

async function requireFreeName(db: SqliteConnection, name: string, exceptId?: string): Promise<void> {
  if (await gridNameTaken(db, name, exceptId)) throw new ApiError('conflict', 'grid_name_taken', {}, { name: 'grid_name_taken' })
}

export function gridHandlers({ db, now, newId }: HandlerContext): HandlersFor<'grids.list' | 'grids.create' | 'grids.update' | 'grids.delete'> {
  return {
    'grids.list': () => db.read(async (reader) => ({ items: await listGrids(reader) })),
    'grids.create': ({ places = [], ...fields }) =>
      db.write(async (tx) => {
        await requireFreeName(tx, fields.name)
        const id = newId()
        const timestamp = now().toISOString()
        await insertGrid(
          tx,
          id,
          { name: fields.name, householdCount: fields.householdCount ?? null, residentCount: fields.residentCount ?? null, notes: fields.notes ?? '' },
          timestamp,
        )
        await replaceGridPlaces(tx, id, places, newId, timestamp)
        return (await findGrid(tx, id))!
      }),
    'grids.update': ({ id, places, ...changes }) =>
      db.write(async (tx) => {
        const grid = await findGrid(tx, id)
        if (!grid) throw new ApiError('not_found', 'grid_not_found')
        if (changes.name !== undefined) await requireFreeName(tx, changes.name, id)
        const timestamp = now().toISOString()
        await updateGrid(tx, id, { name: grid.name, householdCount: grid.householdCount, residentCount: grid.residentCount, notes: grid.notes, ...changes }, timestamp)
        if (places) await replaceGridPlaces(tx, id, places, newId, timestamp)
        return (await findGrid(tx, id))!
      }),
    'grids.delete': ({ id }) =>
      db.write(async (tx) => {
        if ((await deleteGrid(tx, id)) === 0) throw new ApiError('not_found', 'grid_not_found')
        return { deleted: true as const }
      }),
  }
}
