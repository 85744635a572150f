/** Values that break assumptions: wrong types, edge numbers, hostile or odd text, deep nesting. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value }
  return value
}

export const oddStrings = [
  '',
  ' ',
  '\u0000',
  "'; DROP TABLE sessions; --",
  '" OR 1=1 --',
  "Robert'); DELETE FROM attendees WHERE ('1'='1",
  '%_\\',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'e\u0301\u0301\u0301\u0301',
  '😀👨‍👩‍👧‍👦🇨🇳',
  '\uD800',
  '\uDFFF\uD800',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '１３８００１３８０００',
  '+86 138 0013 8000 ext 1',
  '2026-02-30T25:61:00Z',
  '9999-12-31T23:59:59Z',
  '-1',
  'NaN',
  '张'.repeat(300),
]

export const oddValues: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0,
  2 ** 53 + 1,
  1e308,
  -1e308,
  [],
  [1, 2, 3],
  {},
  { $gt: '' },
  { __proto__: { admin: true } },
  deeplyNested(200),
  deeplyNested(1000),
  'x'.repeat(100_000),
  ...oddStrings,
]

export const oddBodies: unknown[] = [null, [], 'text', 42, true, deeplyNested(1000), [{}], { '': 1 }, Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i]))]

/** Raw request bodies no serializer would produce: nesting far deeper than any parser's stack, broken JSON. */
export const rawBodies: string[] = [
  '{"nested":'.repeat(20_000) + '1' + '}'.repeat(20_000),
  '['.repeat(100_000) + ']'.repeat(100_000),
  '{"title": "unterminated',
  '\u0000',
  '{"a":1,"a":2}',
  'null',
]
