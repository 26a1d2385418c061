// Where the fan keeps things (/bookmarks, /about), the wiki says when the browser may delete its data and offers "Keep
// my data"; where the browser won't say (no navigator.storage, as in WebKitGTK) it says that; when kept for good,
// nothing.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from './render-route';

/** Gives this jsdom's navigator a `storage` (jsdom has none) for one test. */
function setStorage(storage: unknown) {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

function stubStorage(persisted: boolean, grants: boolean) {
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = grants;
      return grants;
    }),
    estimate: vi.fn(async () => ({ usage: 1024, quota: 1024 ** 3 })),
  };
  setStorage(storage);
  return storage;
}

describe('the persistence notice', () => {
  it.each(['/bookmarks', '/about'])(
    'on %s offers Keep my data, which asks the browser, and goes once granted',
    async (path) => {
      const storage = stubStorage(false, true);
      await renderRoute(path);
      expect(await screen.findByRole('note')).toHaveTextContent(
        'This browser may delete the wiki’s data, your bookmarks and notes with it',
      );
      await userEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
      expect(storage.persist).toHaveBeenCalledOnce();
      await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
    },
  );

  it('says so when the browser refuses', async () => {
    stubStorage(false, false);
    await renderRoute('/bookmarks');
    await userEvent.click(await screen.findByRole('button', { name: 'Keep my data' }));
    expect(await screen.findByText(/The browser said no for now/)).toBeInTheDocument();
  });

  it('says the browser won’t tell when navigator.storage is missing (WebKitGTK)', async () => {
    setStorage(undefined);
    await renderRoute('/bookmarks');
    expect(await screen.findByRole('note')).toHaveTextContent(
      'This browser doesn’t say whether it keeps the wiki’s data',
    );
    expect(screen.queryByRole('button', { name: 'Keep my data' })).toBeNull();
  });

  it('is absent when the data is kept for good', async () => {
    stubStorage(true, true);
    const { heading } = await renderRoute('/about');
    expect(heading).toHaveTextContent('About');
    await screen.findByText('Yes: the browser will not clear it to free space');
    expect(screen.queryByRole('note')).toBeNull();
  });
});
