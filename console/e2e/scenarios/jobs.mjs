import { expect } from './expect.mjs';
import { signIn } from './signIn.mjs';

/** With the admin key, the project's Jobs tab lists its dead job with the error; Replay gives it fresh attempts. */
export default async function jobs({ page, facts }) {
  await signIn(page, facts);
  await page.goto(new URL(`/console/projects/${facts.projectId}/jobs`, facts.baseUrl).toString());
  const dead = await expect(page.getByTestId('dead-job').filter({ hasText: facts.error }));
  await dead.getByRole('button', { name: 'Replay' }).click();
  await dead.waitFor({ state: 'detached' });
  await expect(page.getByTestId('no-dead-jobs'));
}
