const TITLE = '反诈宣讲台 Outreach Desk'

/** What the worker reads when the desktop app cannot start, in the language of the system (Chinese unless English). */
export function describeStartupFailure(localeTag: string, error: unknown): { title: string; message: string } {
  const reason = error instanceof Error ? error.message : String(error)
  if (localeTag.toLowerCase().startsWith('en')) {
    return {
      title: TITLE,
      message: `Outreach Desk could not start and will close. Open it again; if this keeps happening, show this message to whoever looks after the laptop.\n\nReason: ${reason}`,
    }
  }
  return { title: TITLE, message: `反诈宣讲台启动失败，程序将关闭。请重新打开；如果仍然失败，请把这条信息告诉负责电脑的同事。\n\n原因：${reason}` }
}
