import { assert, expect, textOf } from './expect.mjs';
import { signIn } from './signIn.mjs';

/**
 * Command center → project → thread: the bot's answer shows its confidence and cited source; the trace and insights open;
 * an agent reply is sent; a new customer message appears without a reload; the Knowledge tab lists the documents.
 */
export default async function thread({ page, facts, world, screenshot }) {
  await signIn(page, facts);
  const card = await expect(page.getByTestId('project-card').filter({ hasText: facts.projectName }));
  const botAnswers = await textOf(page.getByTestId('metric-bot-answers'));
  assert(botAnswers.startsWith(`${facts.botAnswers}\n`), `the command center counts ${facts.botAnswers} bot answer(s), not: ${botAnswers}`);
  await screenshot(page, 'command-center');
  await card.click();

  await page.getByTestId('conversation-row').filter({ hasText: facts.contactName }).click();
  const bot = await expect(page.getByTestId('message-bot'));
  assert(/confidence \d+%/.test(await textOf(bot.getByTestId('confidence'))), 'the bot message shows its confidence');
  const citation = await expect(bot.getByRole('link', { name: facts.citationTitle }));
  assert((await citation.getAttribute('href')) === facts.citationUrl, 'the citation links to its article');
  await bot.getByRole('button', { name: 'Trace' }).click();
  assert((await textOf(page.getByTestId('trace-query'))).length > 0, 'the trace shows the retrieval query');
  await expect(page.getByTestId('trace-source'));
  await expect(page.getByTestId('insight-confidence'));
  await screenshot(page, 'project-chat');

  await page.getByLabel('Message').fill(facts.replyText);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('message-agent').filter({ hasText: facts.replyText }));

  await expect(page.getByTestId('live-mode').filter({ hasText: 'live' }));
  await world('customerSays', { text: facts.liveText });
  await expect(page.getByTestId('message-customer').filter({ hasText: facts.liveText }));

  await page.getByRole('link', { name: 'Knowledge' }).click();
  await expect(page.getByTestId('document-row').filter({ hasText: facts.citationTitle }));
  const rows = await page.getByTestId('document-row').count();
  assert(rows === facts.documents, `the Knowledge tab lists ${facts.documents} documents, not ${rows}`);
}
