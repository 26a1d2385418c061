// Moves keyboard and screen-reader focus to the new page's h1 after every in-app navigation, so focus is never lost on
// the old page.
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';

export function FocusOnNavigation() {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onResolved', (event) => {
        if (!event.fromLocation || !event.pathChanged) return;
        requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true }));
      }),
    [router],
  );
  return null;
}
