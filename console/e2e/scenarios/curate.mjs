import { expect } from './expect.mjs';
import { signIn } from './signIn.mjs';

/** 👎 with the right answer proposes a curated answer; the Feedback tab approves it. */
export default async function curate({ page, facts }) {
  await signIn(page, facts);
  await page.goto(new URL(`/console/projects/${facts.projectId}/chat/${facts.conversationId}`, facts.baseUrl).toString());
  const bot = await expect(page.getByTestId('message-bot'));
  await bot.getByRole('button', { name: 'Bad answer' }).click();
  await bot.getByLabel('Corrected answer').fill(facts.correctedAnswer);
  await bot.getByRole('button', { name: 'Send rating' }).click();
  await expect(bot.getByTestId('rated'));

  await page.getByRole('link', { name: 'Feedback & gaps' }).click();
  const curated = await expect(page.locator('[data-testid="curated-answer"][data-status="pending"]').filter({ hasText: facts.correctedAnswer }));
  await curated.getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('[data-testid="curated-answer"][data-status="approved"]').filter({ hasText: facts.correctedAnswer }));
}
