// Gathers the figures each bench file recorded into one JSON file and the README's "Performance" section.
import { cpus, totalmem } from 'node:os'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const dir = resolve('tests/output/bench')
const groups = existsSync(dir)
  ? readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')))
  : []
if (groups.length === 0) {
  console.error('No bench figures were recorded.')
  process.exit(1)
}
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`
const measuredAt = new Date().toISOString().slice(0, 10)
writeFileSync(resolve('tests/output/bench-results.json'), JSON.stringify({ machine, measuredAt, groups }, null, 2))

const rows = groups.flatMap((group) => group.figures.map((f) => `| ${group.group} | ${f.name} | ${f.value} ${f.unit} | ${f.target ?? ''} |`))
const section = [
  '## Performance',
  '',
  `Measured by \`npm run bench\` on ${measuredAt}: ${machine}.`,
  '',
  '| area | what | measured | target |',
  '| --- | --- | --- | --- |',
  ...rows,
  '',
].join('\n')
console.log(section)

const readmePath = resolve('README.md')
const readme = readFileSync(readmePath, 'utf8')
const start = readme.indexOf('## Performance')
const next = start === -1 ? -1 : readme.indexOf('\n## ', start + 1)
const updated = start === -1 ? `${readme.trimEnd()}\n\n${section}` : `${readme.slice(0, start)}${section}${next === -1 ? '' : readme.slice(next + 1)}`
writeFileSync(readmePath, updated.endsWith('\n') ? updated : `${updated}\n`)
