// The key lives in sessionStorage only: it is gone when the browser tab closes, and never written to localStorage or a cookie.
const storageKey = 'hyyve.console.key';

export function readKey(): string | null {
  return sessionStorage.getItem(storageKey);
}

export function saveKey(key: string): void {
  sessionStorage.setItem(storageKey, key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(storageKey);
}
