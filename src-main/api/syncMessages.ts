/** Messages for merging records between laptops (sync.*). */
export const syncMessages = {
  'zh-CN': {
    sync_bundle_unreadable: '这个文件不是本程序导出的合并文件（.outreach-sync），或已损坏。没有合并任何内容。',
    sync_bundle_newer_version: '这个合并文件来自更新版本的程序，请先升级本程序再合并。没有合并任何内容。',
    sync_bundle_too_large: '这个合并文件解压后过大，不是本程序导出的文件，已拒绝。没有合并任何内容。',
    sync_own_bundle: '这个合并文件是本机导出的，不需要合并。请导入另一台电脑导出的文件。',
    sync_conflict_not_found: '找不到这条冲突记录，可能已处理过。',
    sync_conflict_phone_taken: '另一个人已在使用这个手机号，不能改回。请先在“人员”中合并这两个人。',
  },
  en: {
    sync_bundle_unreadable: 'This file is not a merge file (.outreach-sync) exported by this app, or it is damaged. Nothing was merged.',
    sync_bundle_newer_version: 'This merge file comes from a newer version of the app; update this app first. Nothing was merged.',
    sync_bundle_too_large: 'This merge file unpacks to far more than this app exports, so it was refused. Nothing was merged.',
    sync_own_bundle: 'This merge file was exported on this computer, so there is nothing to merge. Import the file from the other computer.',
    sync_conflict_not_found: 'This conflict is no longer on the list; it may have been dealt with already.',
    sync_conflict_phone_taken: 'Someone else now has this mobile number, so it cannot be put back. Merge the two people under People first.',
  },
} as const
