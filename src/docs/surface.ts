/**
 * The README's table of the public surface: each subpath with its runtime exports (types
 * are not counted), and the median count. Written by `npm run docs`, so it cannot go stale.
 *
 * @example
 * renderSurface({ 'wuye-rules/parking': { startParking: () => {}, parkingMachine: {} } })
 */
export function renderSurface(modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>): string {
  const rows = Object.entries(modules).map(([subpath, mod]) => [subpath, Object.keys(mod).sort()] as const);
  const counts = rows.map(([, names]) => names.length).sort((a, b) => a - b);
  const mid = Math.floor(counts.length / 2);
  const median = counts.length % 2 ? counts[mid]! : (counts[mid - 1]! + counts[mid]!) / 2;
  const total = counts.reduce((a, b) => a + b, 0);
  return [
    '| subpath | runtime exports | names |',
    '| --- | --- | --- |',
    ...rows.map(([subpath, names]) => `| \`${subpath}\` | ${names.length} | ${names.map((n) => `\`${n}\``).join(', ')} |`),
    '',
    `${rows.length} subpaths, ${total} runtime exports, median ${median} per subpath (types not counted).`,
  ].join('\n');
}

/**
 * Replaces the text between `<!-- surface:start -->` and `<!-- surface:end -->` in a README.
 *
 * @example
 * withSurface(readme, renderSurface(modules))
 */
export function withSurface(readme: string, table: string): string {
  const start = '<!-- surface:start -->';
  const end = '<!-- surface:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) return readme;
  return `${readme.slice(0, i + start.length)}\n${table}\n${readme.slice(j)}`;
}
