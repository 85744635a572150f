/**
 * The screen font: the Chinese font the system already has (Linux desktops incl. UOS/Kylin, Windows,
 * macOS), so the app starts without loading a web font. The bundled Noto Sans SC comes last, for a
 * computer with none of these once a slide or print page has loaded it. base.css spells the same list.
 */
export const UI_FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', 'Noto Sans SC', sans-serif"
