import { assert, expect, textOf } from './expect.mjs';
import { signIn } from './signIn.mjs';

/** The HITL queue shows the handed-off question with its reason, waiting time and the bot's draft, which is sent as is. */
export default async function hitl({ page, facts, screenshot }) {
  await signIn(page, facts);
  await page.getByRole('link', { name: 'HITL queue' }).click();
  const item = await expect(page.getByTestId('hitl-item').filter({ hasText: facts.question }));
  assert((await textOf(item.getByTestId('hitl-reason'))) === facts.reasonLabel, 'the item names the handoff reason');
  assert(/waiting \d+/.test(await textOf(item.getByTestId('hitl-waiting'))), 'the item shows how long the customer waits');
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  const shown = squash(await textOf(item.getByTestId('hitl-draft')));
  assert(shown.includes(squash(facts.draft)), `the item shows the bot draft, not: ${shown}`);
  await expect(item.getByTestId('sources'));
  await screenshot(page, 'hitl');
  await item.getByRole('button', { name: 'Send as is' }).click();
  // Answered by a human, the conversation no longer waits: it leaves the queue (the test checks Chatwoot got the draft).
  await item.waitFor({ state: 'detached' });
  await expect(page.getByTestId('hitl-empty'));
}
