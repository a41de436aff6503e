// Times Swagger UI (swagger-ui-dist) rendering a spec with every operation expanded, in headless
// Debian chromium (playwright-core). Usage: node swagger_render.js RUNS SPEC...
// Specs are rendered in turns (SPEC1, SPEC2, SPEC1, ...), each render in a fresh browser context,
// so that every file sees the same machine load. One JSON line per render on stdout:
// {spec, run, seconds, operations, expanded, resolves, resolveSeconds, error}. `resolves` counts
// Swagger UI's calls of swagger-client's resolveSubtree (one per expanded operation, plus the
// security schemes) and `resolveSeconds` their summed duration: the part of the render that the
// 3.1 resolver dominates. Needs NODE_TOOLS (the folder holding node_modules) and CHROMIUM.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const nodeModules = path.join(process.env.NODE_TOOLS, 'node_modules');
const { chromium } = require(path.join(nodeModules, 'playwright-core'));
const uiDir = path.join(nodeModules, 'swagger-ui-dist');
const TIMEOUT_MS = 300000;

// docExpansion 'full': every operation expanded, each one resolved (Swagger UI resolves an
// operation's $refs when it is expanded). The plugin only counts and times resolveSubtree.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="/ui/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/ui/swagger-ui-bundle.js"></script><script>
window.benchResolves = [];
const timeResolves = () => ({ afterLoad(system) {
  const original = system.fn.resolveSubtree;
  if (!original) return;
  system.fn.resolveSubtree = async (...args) => {
    const start = performance.now();
    try { return await original(...args); }
    finally { window.benchResolves.push(performance.now() - start); }
  };
} });
window.ui = SwaggerUIBundle({url: '/spec', dom_id: '#ui', docExpansion: 'full',
  defaultModelsExpandDepth: -1, validatorUrl: null, deepLinking: false, plugins: [timeResolves]});
</script></body></html>`;

function serve(current) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(req.url.split('?')[0]);
    if (url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(PAGE);
    }
    let file = null;
    if (url === '/spec') file = current.spec;
    else if (url.startsWith('/ui/')) {
      const candidate = path.join(uiDir, path.normalize(url.slice('/ui/'.length)));
      if (candidate.startsWith(uiDir)) file = candidate;
    }
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    const type = file.endsWith('.js') ? 'text/javascript'
      : file.endsWith('.css') ? 'text/css' : 'application/yaml';
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function render(browser, base, spec, run) {
  const result = { spec, run, seconds: null, operations: 0, expanded: 0, resolves: 0,
    resolveSeconds: 0, error: '' };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    const start = Date.now();
    await tab.goto(`${base}/page`, { timeout: TIMEOUT_MS });
    // Rendered: every operation block has its body and nothing is loading any more.
    await tab.waitForFunction(() => {
      const blocks = document.querySelectorAll('.opblock').length;
      const bodies = document.querySelectorAll('.opblock .opblock-body').length;
      const loading = document.querySelectorAll('.loading-container').length;
      return (blocks > 0 && bodies === blocks && loading === 0)
        || document.querySelector('.errors-wrapper') !== null;
    }, null, { timeout: TIMEOUT_MS, polling: 100 });
    result.seconds = (Date.now() - start) / 1000;
    Object.assign(result, await tab.evaluate(() => ({
      operations: document.querySelectorAll('.opblock').length,
      expanded: document.querySelectorAll('.opblock .opblock-body').length,
      resolves: window.benchResolves.length,
      resolveSeconds: window.benchResolves.reduce((a, b) => a + b, 0) / 1000,
      error: document.querySelector('.errors-wrapper') ? 'Swagger UI shows an error panel' : '',
    })));
  } catch (e) {
    result.error = String(e && e.message ? e.message : e).split('\n')[0];
  } finally {
    await context.close();
  }
  return result;
}

(async () => {
  const [runs, ...specs] = process.argv.slice(2);
  const current = { spec: null };
  const server = await serve(current);
  const base = `http://127.0.0.1:${server.address().port}`;
  let browser = null;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    for (let run = 0; run < Number(runs); run++) {
      for (const spec of specs) {
        current.spec = spec;
        process.stdout.write(JSON.stringify(await render(browser, base, spec, run)) + '\n');
      }
    }
  } finally {
    if (browser) await browser.close();
    server.close();
  }
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
