import { describe, expect, it } from 'vitest'
import { enumLabels } from '../../../src-main/contract/labels'
import { exportLabels } from '../../../src-main/domain/export/exportLabels'
import { ledgerLabels } from '../../../src-main/services/ledgerLabels'
import checkinArea from '../../../src-renderer/i18n/areas/checkin'
import ioArea from '../../../src-renderer/i18n/areas/io'
import peopleArea from '../../../src-renderer/i18n/areas/people'
import printArea from '../../../src-renderer/i18n/areas/print'
import reportsArea from '../../../src-renderer/i18n/areas/reports'
import ledgerArea from '../../../src-renderer/i18n/areas/ledger'
import zhCN from '../../../src-renderer/i18n/zh-CN'
import en from '../../../src-renderer/i18n/en'

const locales = ['zh-CN', 'en'] as const

describe('one label table per enum', () => {
  it('spells age groups one way: an en dash and no space', () => {
    expect(enumLabels['zh-CN'].ageGroup['18-35']).toBe('18–35岁')
    expect(enumLabels['zh-CN'].ageGroup['36-59']).toBe('36–59岁')
    expect(enumLabels.en.ageGroup['18-35']).toBe('18–35')
  })

  it('exports, reports and the ledger use the same words as the screens', () => {
    for (const locale of locales) {
      const labels = enumLabels[locale]
      expect(exportLabels(locale).ageGroups).toEqual(labels.ageGroup)
      expect(exportLabels(locale).genders).toEqual(labels.gender)
      expect(exportLabels(locale).sources).toEqual(labels.attendanceSource)
      expect(ledgerLabels[locale].types).toEqual(labels.activityType)
    }
    expect(exportLabels('zh-CN').sources.walkin).toBe('现场登记')
  })

  it('every screen and print reads its enum labels from the table', () => {
    for (const locale of locales) {
      const labels = enumLabels[locale]
      expect(checkinArea[locale].checkin.ageGroup).toEqual(labels.ageGroup)
      expect(checkinArea[locale].checkin.source).toEqual(labels.attendanceSource)
      expect(ioArea[locale].io.ageGroup).toEqual(labels.ageGroup)
      expect(peopleArea[locale].people.ageGroup).toEqual(labels.ageGroup)
      expect(reportsArea[locale].reports.ageGroup).toEqual(labels.ageGroup)
      expect(ledgerArea[locale].ledger.types).toEqual(labels.activityType)
    }
    expect(printArea['zh-CN'].print.signin.ageGroups).toEqual(enumLabels['zh-CN'].ageGroup)
    expect(zhCN.sessions.status).toEqual(enumLabels['zh-CN'].sessionStatus)
    expect(en.sessions.status).toEqual(enumLabels.en.sessionStatus)
  })
})
