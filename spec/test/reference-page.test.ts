/**
 * The HTML API reference (`pnpm docs`, built into spec/dist/index.html) opened in a real headless
 * Chromium: every operation of the spec must be on the page, by its summary and by its anchor.
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadSpec, specRoot } from "./load-spec.js";

const page = `${specRoot}dist/index.html`;
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(page)) throw new Error("spec/dist/index.html is missing: run `pnpm docs` (turbo builds it before tests)");
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
  }
  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
});
afterAll(() => browser?.close());

async function navigate(tab: Page, hash: string) {
  await tab.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

test("the reference shows every operation", async () => {
  const { operations } = await loadSpec();
  const tab = await browser.newPage();
  // The page is self-contained (built with --inlineBundle): no script or style may come from elsewhere.
  const fetched: string[] = [];
  tab.on("request", (request) => {
    const external = !request.url().startsWith("file:") && !request.url().startsWith("blob:");
    if (external && ["script", "stylesheet"].includes(request.resourceType())) fetched.push(request.url());
  });
  await tab.goto(pathToFileURL(page).href);
  // Redoc gives every operation its own route and section (`#/boms/getbom`) and renders it when
  // visited; each one must show the operation's summary.
  await tab.waitForSelector('a[href="#/boms"]', { timeout: 30_000 });
  for (const operation of operations) {
    // Redoc's route for a tag is its name in lower case with dashes for spaces.
    const tagRoute = `#/${(operation.tags[0] as string).toLowerCase().replaceAll(" ", "-")}`;
    const route = `${tagRoute}/${operation.operationId.toLowerCase()}`;
    await navigate(tab, route);
    const summary = tab.locator(`[data-section-id="${route.slice(1)}"]`).getByText(operation.summary, { exact: true });
    const shown = await summary
      .first()
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    expect(shown, `${operation.operationId}: its section ${route} shows "${operation.summary}"`).toBe(true);
  }
  expect(fetched).toEqual([]);
  await tab.close();
}, 120_000);
