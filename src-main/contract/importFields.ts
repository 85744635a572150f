/** The person fields a roster file can fill, in the order the mapping form shows them. */
export const importFields = ['name', 'phone', 'landline', 'ageGroup', 'neighbourhood', 'gender', 'consent'] as const
export type ImportField = (typeof importFields)[number]

/** Which column (0-based) feeds each field; null or absent means "not in this file". */
export type ColumnMapping = Partial<Record<ImportField, number | null>>

/** Header spellings seen on community rosters, compared after dropping notes in brackets, spaces, case and punctuation. */
const headerAliases: Record<ImportField, string[]> = {
  name: ['姓名', '名字', '名称', '居民姓名', '人员姓名', 'name', 'fullname', 'personname'],
  phone: ['手机', '手机号', '手机号码', '电话', '电话号码', '联系电话', '联系方式', 'phone', 'phonenumber', 'mobile', 'mobilephone', 'tel', 'telephone', 'cellphone'],
  landline: ['固定电话', '固话', '座机', '座机号码', '家庭电话', '宅电', '固定电话号码', 'landline', 'homephone', 'fixedline'],
  ageGroup: ['年龄段', '年龄', '年龄组', 'agegroup', 'age', 'agerange'],
  neighbourhood: ['小区', '社区', '住址', '地址', '居住小区', '所在小区', '家庭住址', 'neighbourhood', 'neighborhood', 'community', 'address'],
  gender: ['性别', 'gender', 'sex'],
  consent: ['同意', '是否同意', '同意留存', '同意联系', '知情同意', 'consent', 'consented', 'agree'],
}

/** Columns a sign-in sheet has that hold nothing to import; they still mark the row as the header. */
const ignoredHeaders = ['序号', '编号', '号', 'no', 'number', '#', '签名', '签字', '本人签名', '签到', '备注', 'signature', 'notes', 'remarks']

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s_\-:：*.·/]/g, '')
}

function fieldForHeader(header: string): ImportField | undefined {
  const key = normalizeHeader(header)
  if (!key) return undefined
  return importFields.find((field) => headerAliases[field].includes(key))
}

/** Whether a cell reads as a header this app knows, either a field's or one it ignores (序号, 签名). */
export function isKnownHeader(header: string): boolean {
  const key = normalizeHeader(header)
  return key !== '' && (fieldForHeader(key) !== undefined || ignoredHeaders.includes(key))
}

/** The first column whose header names each field; a field named twice keeps its first column. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  headers.forEach((header, index) => {
    const field = fieldForHeader(header)
    if (field && mapping[field] === undefined) mapping[field] = index
  })
  return mapping
}
