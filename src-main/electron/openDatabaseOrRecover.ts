import { dialog } from 'electron'
import { defaultBackupDir, openApp, type OpenedApp } from '../app/openApp'
import { latestBackup, replaceWithBackup } from '../app/recovery'
import { DatabaseRefusedError } from '../db/integrity'
import { MigrationError } from '../db/migrate'
import { describeOpenFailure } from '../app/describeOpenFailure'

const TITLE = '反诈宣讲台 Outreach Desk'

/**
 * Opens the database; a refused file (damaged, foreign, from a newer version) is never
 * overwritten: the worker may restore the newest backup, which keeps the refused file beside it.
 */
export async function openDatabaseOrRecover(dbFile: string): Promise<OpenedApp | undefined> {
  try {
    return await openApp(dbFile)
  } catch (error) {
    if (error instanceof MigrationError) {
      dialog.showErrorBox(TITLE, `数据库升级失败，文件保持原样。\nThe database upgrade failed; the file was left as it was.\n\n${error.message}\n\n${dbFile}`)
      return undefined
    }
    if (!(error instanceof DatabaseRefusedError)) {
      dialog.showErrorBox(TITLE, describeOpenFailure(error, dbFile))
      return undefined
    }
    const backup = await latestBackup(defaultBackupDir(dbFile))
    const message = `数据文件无法使用，已保持原样。\nThe data file cannot be used and was left untouched.\n\n${error.message}`
    if (!backup) {
      dialog.showErrorBox(TITLE, `${message}\n\n没有找到备份。No backup was found.`)
      return undefined
    }
    const choice = await dialog.showMessageBox({
      type: 'error',
      title: TITLE,
      message,
      detail: `最新备份 / Newest backup: ${backup.fileName}`,
      buttons: ['恢复最新备份 Restore newest backup', '退出 Quit'],
      defaultId: 0,
      cancelId: 1,
    })
    if (choice.response !== 0) return undefined
    await replaceWithBackup(dbFile, defaultBackupDir(dbFile), backup.fileName)
    return openApp(dbFile)
  }
}
