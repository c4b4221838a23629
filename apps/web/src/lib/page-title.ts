import { useEffect } from 'react';

export const SERVICE_NAME = 'eCAF';

export function pageTitle(page: string, options: { error?: boolean } = {}): string {
  return `${options.error ? 'Error: ' : ''}${page} – ${SERVICE_NAME}`;
}

/**
 * Sets `document.title` to '<Page> – eCAF', prefixed 'Error: ' while the page shows errors.
 * Without a page name it leaves the title alone.
 */
export function usePageTitle(page: string | undefined, options: { error?: boolean } = {}): void {
  const title = page ? pageTitle(page, options) : undefined;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
