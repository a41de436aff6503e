// Opens each generated reference.html in headless Chromium and reports what a user would see.
//
// usage: node tests/browser/check_reference.mjs '<json>'
//   <json> = [{"vendor": "planiso", "html": "/abs/path/reference.html", "filter": "getUser",
//              "screenshot": "/abs/path/.cache/screenshots/planiso.png"}, ...]
// Prints one JSON object: {"results": [{vendor, sections, navItems, visibleAfterFilter,
//   targetVisible, restoredAfterClear, consoleErrors, pageErrors, requests, screenshot}]}.
// playwright-core comes from $NODE_TOOLS (default: <repo>/.cache/node), chromium from
// $CHROMIUM (default: /usr/bin/chromium). The page is opened from file://: it is self-contained.

import { createRequire } from "node:module";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");
const nodeTools = process.env.NODE_TOOLS || path.join(repo, ".cache", "node");
const require = createRequire(path.join(nodeTools, "package.json"));
const { chromium } = require("playwright-core");

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function checkPage(context, job) {
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const requests = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  page.on("request", (req) => {
    if (!req.url().startsWith("file:")) requests.push(req.url());
  });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(pathToFileURL(job.html).href, { waitUntil: "load" });
  const visible = (selector) =>
    page.$$eval(selector, (els) => els.filter((el) => el.offsetParent !== null).length);
  const sections = await page.locator("section.operation").count();
  const navItems = await page.locator("li.nav-op").count();
  const visibleBefore = await visible("section.operation");
  await page.fill("#filter", job.filter);
  const visibleAfterFilter = await visible("section.operation");
  const navAfterFilter = await visible("li.nav-op");
  const targetVisible = await page.$$eval(
    "section.operation",
    (els, id) => els.some((el) => el.offsetParent !== null && el.textContent.includes(id)),
    job.filter,
  );
  const countText = await page.textContent("#filter-count");
  await page.fill("#filter", "zzzz-no-such-operation-zzzz");
  const visibleNoMatch = await visible("section.operation");
  const noMatchShown = await page.isVisible("#no-match");
  await page.fill("#filter", "");
  const restoredAfterClear = await visible("section.operation");
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(path.dirname(job.screenshot), { recursive: true });
  await page.screenshot({ path: job.screenshot });
  await page.close();
  return {
    vendor: job.vendor,
    sections,
    navItems,
    visibleBefore,
    visibleAfterFilter,
    navAfterFilter,
    targetVisible,
    countText,
    visibleNoMatch,
    noMatchShown,
    restoredAfterClear,
    consoleErrors,
    pageErrors,
    requests,
    screenshot: job.screenshot,
  };
}

async function main() {
  const jobs = JSON.parse(process.argv[2] || "[]");
  const profile = mkdtempSync(path.join(tmpdir(), "docs-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ARGS,
  });
  const results = [];
  try {
    for (const job of jobs) results.push(await checkPage(context, job));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify({ results }) + "\n");
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
  process.exit(1);
});
