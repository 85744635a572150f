import type { Grid } from '../../contract/grids'
import type { SqliteConnection } from '../sqliteConnection'

interface GridRow {
  id: string
  name: string
  household_count: number | null
  resident_count: number | null
  notes: string
  session_count: number
  created_at: string
  updated_at: string
}

interface GridPlaceRow {
  id: string
  grid_id: string
  name: string
  kind: Grid['places'][number]['kind']
}

export async function listGrids(db: SqliteConnection, id?: string): Promise<Grid[]> {
  const where = id ? 'WHERE g.id = ?' : ''
  const rows = await db.all<GridRow>(`SELECT g.*, (SELECT COUNT(*) FROM sessions s WHERE s.grid_id = g.id) AS session_count FROM grids g ${where} ORDER BY g.name`, id ? [id] : [])
  const places = await db.all<GridPlaceRow>(`SELECT id, grid_id, name, kind FROM grid_places ${id ? 'WHERE grid_id = ?' : ''} ORDER BY kind, name`, id ? [id] : [])
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    householdCount: row.household_count,
    residentCount: row.resident_count,
    notes: row.notes,
    places: places.filter((place) => place.grid_id === row.id).map(({ id: placeId, name, kind }) => ({ id: placeId, name, kind })),
    sessionCount: row.session_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }))
}

export async function findGrid(db: SqliteConnection, id: string): Promise<Grid | undefined> {
  return (await listGrids(db, id))[0]
}

export async function gridNameTaken(db: SqliteConnection, name: string, exceptId?: string): Promise<boolean> {
  const row = await db.get('SELECT 1 FROM grids WHERE name = ? AND id IS NOT ?', [name, exceptId ?? null])
  return row !== undefined
}

export interface GridValues {
  name: string
  householdCount: number | null
  residentCount: number | null
  notes: string
}

export async function insertGrid(db: SqliteConnection, id: string, values: GridValues, timestamp: string): Promise<void> {
  await db.run('INSERT INTO grids (id, name, household_count, resident_count, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    id,
    values.name,
    values.householdCount,
    values.residentCount,
    values.notes,
    timestamp,
    timestamp,
  ])
}

export async function updateGrid(db: SqliteConnection, id: string, values: GridValues, timestamp: string): Promise<void> {
  await db.run('UPDATE grids SET name = ?, household_count = ?, resident_count = ?, notes = ?, updated_at = ? WHERE id = ?', [
    values.name,
    values.householdCount,
    values.residentCount,
    values.notes,
    timestamp,
    id,
  ])
}

export async function replaceGridPlaces(
  db: SqliteConnection,
  gridId: string,
  places: readonly { name: string; kind: string }[],
  newId: () => string,
  timestamp: string,
): Promise<void> {
  await db.run('DELETE FROM grid_places WHERE grid_id = ?', [gridId])
  for (const place of places) {
    await db.run('INSERT INTO grid_places (id, grid_id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [
      newId(),
      gridId,
      place.name,
      place.kind,
      timestamp,
      timestamp,
    ])
  }
}

export async function deleteGrid(db: SqliteConnection, id: string): Promise<number> {
  return (await db.run('DELETE FROM grids WHERE id = ?', [id])).changes
}

export function listGridTotals(db: SqliteConnection): Promise<{ id: string; name: string; householdCount: number | null; residentCount: number | null }[]> {
  return db.all('SELECT id, name, household_count AS householdCount, resident_count AS residentCount FROM grids ORDER BY name')
}
