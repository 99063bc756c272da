// Runs one browser scenario against a running Hyyve.Server: `node e2e/run.mjs <scenario>`, with HYYVE_E2E holding
// {baseUrl, apiKey, screenshots?, ...the scenario's facts}. Launched by the .NET browser tests, which also answer the
// scenario's requests to the world (a customer writes in the fake Chatwoot, ...): a request is one `@world {json}` line on
// stdout, its answer one JSON line on stdin. Exit code 0 = the scenario passed.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const scenarioName = process.argv[2];
const facts = JSON.parse(process.env.HYYVE_E2E ?? '{}');
const executablePath = process.env.HYYVE_CHROMIUM ?? '/usr/bin/chromium';

const pending = new Map();
let nextId = 1;
createInterface({ input: process.stdin }).on('line', (line) => {
  const answer = JSON.parse(line);
  const waiter = pending.get(answer.id);
  pending.delete(answer.id);
  if (answer.error) waiter?.reject(new Error(`world: ${answer.error}`));
  else waiter?.resolve(answer.result);
});

/** Asks the .NET side to act on the world and waits for its answer. */
function world(action, args = {}) {
  const id = nextId++;
  process.stdout.write(`@world ${JSON.stringify({ id, action, args })}\n`);
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

async function screenshot(page, name) {
  if (!facts.screenshots) return;
  mkdirSync(facts.screenshots, { recursive: true });
  await page.screenshot({ path: join(facts.screenshots, `console-${name}.png`), fullPage: true });
}

// An empty profile and no background services: on a closed network Chromium otherwise waits on updates and sign-in.
const profile = mkdtempSync(join(tmpdir(), 'hyyve-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
let failed = false;
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(20000);
  page.on('pageerror', (error) => console.error(`page error: ${error.stack ?? error}`));
  const { default: scenario } = await import(`./scenarios/${scenarioName}.mjs`);
  await scenario({ page, facts, world, screenshot });
  console.log(`scenario ${scenarioName} passed`);
} catch (error) {
  failed = true;
  console.error(`scenario ${scenarioName} failed: ${error.stack ?? error}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
