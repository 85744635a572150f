import type { Material, MaterialKind, StockReportRow } from '../../contract/materials'
import type { SqliteConnection } from '../sqliteConnection'

interface MaterialRow {
  id: string
  name: string
  kind: MaterialKind
  unit: string
  low_stock_at: number
  stock: number
}

const STOCK = `(SELECT COALESCE(SUM(CASE m.kind WHEN 'received' THEN m.quantity ELSE -m.quantity END), 0) FROM material_movements m WHERE m.material_id = i.id)`
const SELECT = `SELECT i.id, i.name, i.kind, i.unit, i.low_stock_at, ${STOCK} AS stock FROM materials i`

const toMaterial = (row: MaterialRow): Material => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  unit: row.unit,
  lowStockAt: row.low_stock_at,
  stock: row.stock,
  low: row.stock <= row.low_stock_at,
})

export async function listMaterials(db: SqliteConnection): Promise<Material[]> {
  return (await db.all<MaterialRow>(`${SELECT} ORDER BY i.kind, i.name`)).map(toMaterial)
}

export async function findMaterial(db: SqliteConnection, id: string): Promise<Material | undefined> {
  const row = await db.get<MaterialRow>(`${SELECT} WHERE i.id = ?`, [id])
  return row && toMaterial(row)
}

export async function materialNameTaken(db: SqliteConnection, name: string): Promise<boolean> {
  return Boolean(await db.get('SELECT 1 FROM materials WHERE name = ?', [name]))
}

export async function insertMaterial(
  db: SqliteConnection,
  material: { id: string; name: string; kind: MaterialKind; unit: string; lowStockAt: number },
  timestamp: string,
): Promise<void> {
  await db.run('INSERT INTO materials (id, name, kind, unit, low_stock_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    material.id,
    material.name,
    material.kind,
    material.unit,
    material.lowStockAt,
    timestamp,
    timestamp,
  ])
}

export async function insertMovement(
  db: SqliteConnection,
  movement: { id: string; materialId: string; sessionId: string | null; kind: 'received' | 'handed_out'; quantity: number; note: string },
  timestamp: string,
): Promise<void> {
  await db.run('INSERT INTO material_movements (id, material_id, session_id, kind, quantity, moved_at, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    movement.id,
    movement.materialId,
    movement.sessionId,
    movement.kind,
    movement.quantity,
    timestamp,
    movement.note,
    timestamp,
    timestamp,
  ])
}

export function listSessionUsage(db: SqliteConnection, sessionId: string) {
  return db.all<{ materialId: string; name: string; kind: MaterialKind; unit: string; quantity: number }>(
    `SELECT i.id AS materialId, i.name, i.kind, i.unit, SUM(m.quantity) AS quantity
     FROM material_movements m JOIN materials i ON i.id = m.material_id
     WHERE m.session_id = ? AND m.kind = 'handed_out' GROUP BY i.id ORDER BY i.kind, i.name`,
    [sessionId],
  )
}

export async function listStockReport(db: SqliteConnection, start: string, end: string): Promise<StockReportRow[]> {
  const rows = await db.all<MaterialRow & { received: number; handed_out: number }>(
    `SELECT i.id, i.name, i.kind, i.unit, i.low_stock_at, ${STOCK} AS stock,
       (SELECT COALESCE(SUM(m.quantity), 0) FROM material_movements m WHERE m.material_id = i.id AND m.kind = 'received' AND m.moved_at >= ?1 AND m.moved_at < ?2) AS received,
       (SELECT COALESCE(SUM(m.quantity), 0) FROM material_movements m WHERE m.material_id = i.id AND m.kind = 'handed_out' AND m.moved_at >= ?1 AND m.moved_at < ?2) AS handed_out
     FROM materials i ORDER BY i.kind, i.name`,
    [start, end],
  )
  return rows.map((row) => ({ ...toMaterial(row), received: row.received, handedOut: row.handed_out }))
}

/** Prizes and other items (not leaflets, booklets or posters, which the ledger counts) handed out within [start, end). */
export function listOtherHandedOut(db: SqliteConnection, start: string, end: string) {
  return db.all<{ name: string; unit: string; quantity: number }>(
    `SELECT i.name, i.unit, SUM(m.quantity) AS quantity FROM material_movements m JOIN materials i ON i.id = m.material_id
     WHERE m.kind = 'handed_out' AND i.kind IN ('prize', 'other') AND m.moved_at >= ? AND m.moved_at < ? GROUP BY i.id ORDER BY i.name`,
    [start, end],
  )
}
