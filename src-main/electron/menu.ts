import type { MenuItemConstructorOptions } from 'electron'

const labels = {
  'zh-CN': {
    app: '反诈宣讲台',
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    quit: '退出',
    reload: '重新加载',
    fullscreen: '全屏',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    about: '关于反诈宣讲台',
  },
  en: {
    app: 'Outreach Desk',
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    quit: 'Quit',
    reload: 'Reload',
    fullscreen: 'Full Screen',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    about: 'About Outreach Desk',
  },
}

export function menuTemplate(localeTag: string): MenuItemConstructorOptions[] {
  const t = localeTag.toLowerCase().startsWith('zh') ? labels['zh-CN'] : labels.en
  return [
    { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    { label: t.edit, role: 'editMenu' },
    {
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload },
        { type: 'separator' },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullscreen },
      ],
    },
    { label: t.window, role: 'windowMenu' },
    { label: t.help, submenu: [{ role: 'about', label: t.about }] },
  ]
}
