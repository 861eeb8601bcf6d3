/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// Every Mermaid diagram the generator writes must render: a static HTML page of the
// generated docs' diagrams, loaded in a real headless Chromium (Debian's, /usr/bin/chromium;
// .ci/run installs it), fails on any Mermaid error and saves a screenshot of each diagram.
const root = join(import.meta.dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const out = join(root, '.tmp', 'mermaid');

function diagrams(): Array<{ page: string; code: string }> {
  const dir = join(root, 'docs', 'procedures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((page) => [...readFileSync(join(dir, page), 'utf8').matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => ({ page, code: m[1]! })));
}

// A newcomer's `npm test` on a bare machine has no browser: the test is then reported as
// skipped, with the reason. CI (.ci/run) installs Chromium and sets WUYE_REQUIRE_BROWSER=1,
// so there a missing browser is a failure, never a silent skip.
const required = process.env['WUYE_REQUIRE_BROWSER'] === '1';
const present = existsSync(CHROMIUM);
if (!present && !required) console.warn(`[skipped] Mermaid render test: no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-wqy-zenhei; .ci/run installs it and requires the test)`);

describe('generated Mermaid diagrams render in Chromium', () => {
  it.skipIf(!present && !required)('renders every diagram without a Mermaid error', { timeout: 120_000 }, async () => {
    expect(present, `Chromium is needed at ${CHROMIUM}: apt-get install -y chromium (.ci/run does this)`).toBe(true);
    const all = diagrams();
    expect(all.length).toBeGreaterThanOrEqual(2);
    mkdirSync(out, { recursive: true });
    const html = join(out, 'diagrams.html');
    const mermaidJs = pathToFileURL(join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')).href;
    writeFileSync(
      html,
      `<!doctype html><meta charset="utf-8"><body style="font-family: sans-serif">` +
        all.map((d, i) => `<section id="s${i}"><h2>${d.page}</h2><pre class="src" id="src${i}">${d.code.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre><div id="out${i}"></div></section>`).join('') +
        `<script src="${mermaidJs}"></script>`,
    );
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(pathToFileURL(html).href);
      const results = await page.evaluate(async (count) => {
        const m = (window as unknown as { mermaid: { initialize(o: object): void; render(id: string, code: string): Promise<{ svg: string }> } }).mermaid;
        m.initialize({ startOnLoad: false, securityLevel: 'strict' });
        const res: Array<{ i: number; ok: boolean; error?: string; svgLength?: number }> = [];
        for (let i = 0; i < count; i++) {
          const code = document.getElementById(`src${i}`)!.textContent!;
          try {
            const { svg } = await m.render(`d${i}`, code);
            document.getElementById(`out${i}`)!.innerHTML = svg;
            res.push({ i, ok: !svg.includes('Syntax error'), svgLength: svg.length });
          } catch (e) {
            res.push({ i, ok: false, error: String(e) });
          }
        }
        return res;
      }, all.length);
      for (const r of results) {
        await page.locator(`#s${r.i}`).screenshot({ path: join(out, `${all[r.i]!.page.replace('.md', '')}-${r.i}.png`) });
      }
      const failed = results.filter((r) => !r.ok).map((r) => `${all[r.i]!.page}: ${r.error ?? 'syntax error'}`);
      expect(failed).toEqual([]);
      // Each diagram drew its states: the SVG has one node per state at least.
      for (const r of results) expect(r.svgLength).toBeGreaterThan(2000);
    } finally {
      await browser.close();
    }
  });
});
