import { expect } from './expect.mjs';

/** Opens the console and signs in with the key of the facts; ends on the command center. */
export async function signIn(page, facts) {
  await page.goto(new URL('/console', facts.baseUrl).toString());
  await page.getByLabel('API key').fill(facts.apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Command center' }));
}
