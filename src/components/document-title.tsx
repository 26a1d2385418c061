// Sets the browser tab's title for the page being shown: "<Name> — Jessica Jones Wiki".
import { useEffect } from 'react';

export const siteName = 'Jessica Jones Wiki';

export function pageTitle(name?: string): string {
  return name ? `${name} — ${siteName}` : siteName;
}

export function DocumentTitle({ name }: { name?: string }) {
  const title = pageTitle(name);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
