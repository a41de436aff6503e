// Renders each spec in Swagger UI (swagger-ui-dist) in headless Debian chromium (playwright-core)
// and prints one JSON line per spec: {spec, ok, operations, expanded, errorPanel, consoleErrors,
// screenshot, reason}. Usage: node swagger_check.js OUT_DIR NAME=SPEC_PATH...
// A tiny HTTP server on 127.0.0.1 (random port) serves swagger-ui-dist and the spec beside it; it is
// started here and closed before exit. The Python runner judges the figures.
'use strict';
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const nodeModules = process.env.INTEROP_NODE_MODULES;
const chromium = process.env.INTEROP_CHROMIUM || '/usr/bin/chromium';
const { chromium: launcher } = require(path.join(nodeModules, 'playwright-core'));
const uiDir = path.join(nodeModules, 'swagger-ui-dist');
const TIMEOUT_MS = 120000;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css',
  '.yaml': 'application/yaml', '.png': 'image/png', '.map': 'application/json' };

function page(specName) {
  // docExpansion 'full' expands every operation: Swagger UI reports a broken $ref only once the
  // operation is expanded. validatorUrl null: no call to the public validator badge.
  return `<!doctype html><html><head><meta charset="utf-8"><title>interop</title>
<link rel="stylesheet" href="/ui/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/ui/swagger-ui-bundle.js"></script><script>
window.ui = SwaggerUIBundle({url: '/spec/${specName}', dom_id: '#ui', docExpansion: 'full',
  defaultModelsExpandDepth: -1, validatorUrl: null, deepLinking: false});
</script></body></html>`;
}

function startServer(specs) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(req.url.split('?')[0]);
    let file = null;
    if (url === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    if (url.startsWith('/page/')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(page(url.slice('/page/'.length)));
    } else if (url.startsWith('/spec/')) {
      file = specs[url.slice('/spec/'.length)];
    } else if (url.startsWith('/ui/')) {
      const candidate = path.join(uiDir, path.normalize(url.slice('/ui/'.length)));
      if (candidate.startsWith(uiDir)) file = candidate;
    }
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function check(context, base, name, specPath, outDir) {
  const result = { spec: specPath, ok: false, operations: 0, expanded: 0, errorPanel: '',
    consoleErrors: [], screenshot: '', reason: '' };
  const tab = await context.newPage();
  tab.on('console', (msg) => { if (msg.type() === 'error') result.consoleErrors.push(msg.text()); });
  tab.on('requestfailed', (r) => result.consoleErrors.push('request failed: ' + r.url()));
  tab.on('response', (r) => { if (r.status() >= 400) result.consoleErrors.push(`HTTP ${r.status()}: ${r.url()}`); });
  tab.on('pageerror', (err) => result.consoleErrors.push('pageerror: ' + String(err)));
  try {
    await tab.goto(`${base}/page/${encodeURIComponent(name)}`, { timeout: TIMEOUT_MS });
    // Rendered: the info block or an error panel, then every opblock with its body (expanded).
    await tab.waitForSelector('.swagger-ui .info, .swagger-ui .errors-wrapper', { timeout: TIMEOUT_MS });
    await tab.waitForFunction(() => {
      const blocks = document.querySelectorAll('.opblock').length;
      const bodies = document.querySelectorAll('.opblock .opblock-body').length;
      const loading = document.querySelectorAll('.opblock .loading-container').length;
      return (blocks > 0 && bodies === blocks && loading === 0)
        || document.querySelector('.errors-wrapper') !== null;
    }, null, { timeout: TIMEOUT_MS, polling: 250 });
    // Let late resolver errors (broken $ref inside an expanded operation) reach the DOM.
    await tab.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    await tab.waitForTimeout(500);
    result.operations = await tab.locator('.opblock').count();
    result.expanded = await tab.locator('.opblock .opblock-body').count();
    const panel = tab.locator('.errors-wrapper');
    if (await panel.count()) result.errorPanel = (await panel.first().innerText()).slice(0, 2000);
    const shot = path.join(outDir, name.replace(/[^A-Za-z0-9_.-]/g, '_') + '.png');
    await tab.screenshot({ path: shot, fullPage: true });
    result.screenshot = shot;
    result.ok = true;
  } catch (e) {
    result.reason = String(e && e.message ? e.message : e).split('\n')[0];
  } finally {
    await tab.close();
  }
  return result;
}

(async () => {
  const [outDir, ...pairs] = process.argv.slice(2);
  fs.mkdirSync(outDir, { recursive: true });
  const specs = {};
  for (const pair of pairs) {
    const i = pair.indexOf('=');
    specs[pair.slice(0, i)] = pair.slice(i + 1);
  }
  const server = await startServer(specs);
  const base = `http://127.0.0.1:${server.address().port}`;
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'interop-chromium-'));
  let browser = null;
  try {
    // A persistent context on a fresh, empty user-data dir: nothing carried over between runs.
    browser = await launcher.launchPersistentContext(userData, {
      executablePath: chromium,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    for (const [name, specPath] of Object.entries(specs)) {
      process.stdout.write(JSON.stringify(await check(browser, base, name, specPath, outDir)) + '\n');
    }
  } catch (e) {
    for (const specPath of Object.values(specs)) {
      process.stdout.write(JSON.stringify({ spec: specPath, ok: false, tool: true,
        reason: 'browser: ' + String(e && e.message ? e.message : e).split('\n')[0] }) + '\n');
    }
  } finally {
    if (browser) await browser.close();
    server.close();
    fs.rmSync(userData, { recursive: true, force: true });
  }
})();
