import { ApiError } from '../../contract/errors'
import { rangeEndExclusive, rangeStart } from '../../contract/dayBounds'
import type { Material } from '../../contract/materials'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { findMaterial, insertMaterial, insertMovement, listMaterials, listSessionUsage, listStockReport, materialNameTaken } from '../../db/repositories/materialsRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import type { HandlerContext, HandlersFor } from './context'

type MaterialMethods = 'materials.list' | 'materials.create' | 'materials.receive' | 'materials.handOut' | 'materials.sessionUsage' | 'materials.stockReport'

/** The session ledger's own columns for the kinds it counts. */
const LEDGER_COLUMN = { leaflet: 'leaflets', booklet: 'booklets', poster: 'posters' } as const

async function existingMaterial(db: SqliteConnection, id: string): Promise<Material> {
  const material = await findMaterial(db, id)
  if (!material) throw new ApiError('not_found', 'material_not_found')
  return material
}

export function materialHandlers({ db, now, newId }: HandlerContext): HandlersFor<MaterialMethods> {
  return {
    'materials.list': () => db.read(async (reader) => ({ items: await listMaterials(reader) })),
    'materials.create': (input) =>
      db.write(async (tx) => {
        if (await materialNameTaken(tx, input.name)) throw new ApiError('conflict', 'material_name_taken', {}, { name: 'material_name_taken' })
        const id = newId()
        await insertMaterial(tx, { id, ...input }, now().toISOString())
        return existingMaterial(tx, id)
      }),
    'materials.receive': ({ materialId, quantity, note = '' }) =>
      db.write(async (tx) => {
        await existingMaterial(tx, materialId)
        await insertMovement(tx, { id: newId(), materialId, sessionId: null, kind: 'received', quantity, note }, now().toISOString())
        return existingMaterial(tx, materialId)
      }),
    // Handing out leaflets, booklets or posters is what the session's ledger counts, so it is written there too, in the same transaction.
    'materials.handOut': ({ materialId, sessionId, quantity }) =>
      db.write(async (tx) => {
        const material = await existingMaterial(tx, materialId)
        if (!(await sessionExists(tx, sessionId))) throw new ApiError('not_found', 'session_not_found')
        if (material.stock < quantity) throw new ApiError('conflict', 'material_stock_short', { stock: material.stock }, { quantity: 'material_stock_short' })
        const timestamp = now().toISOString()
        await insertMovement(tx, { id: newId(), materialId, sessionId, kind: 'handed_out', quantity, note: '' }, timestamp)
        if (material.kind in LEDGER_COLUMN) {
          const column = LEDGER_COLUMN[material.kind as keyof typeof LEDGER_COLUMN]
          await tx.run(`UPDATE sessions SET ${column} = ${column} + ?, updated_at = ? WHERE id = ?`, [quantity, timestamp, sessionId])
        }
        return existingMaterial(tx, materialId)
      }),
    'materials.sessionUsage': ({ sessionId }) =>
      db.read(async (reader) => {
        if (!(await sessionExists(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
        return { items: await listSessionUsage(reader, sessionId) }
      }),
    'materials.stockReport': ({ from, to }) => db.read(async (reader) => ({ items: await listStockReport(reader, rangeStart(from), rangeEndExclusive(to)) })),
  }
}
