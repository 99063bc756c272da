// playwright-core has no test runner and no expect(): waiting for a locator to be visible is the assertion, bounded by the
// page's default timeout, and textOf reads what a person would read.
export async function expect(locator) {
  await locator.first().waitFor({ state: 'visible' });
  return locator.first();
}

export async function textOf(locator) {
  return (await expect(locator)).innerText();
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
