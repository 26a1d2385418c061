// Firefox ESR (the system package) driven over WebDriver BiDi, the protocol Firefox speaks itself, by a small client
// on `ws`: Firefox starts headless with a fresh temporary profile and a remote-debugging port, and prints the address
// of its BiDi socket. No browser or driver is downloaded.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Engine } from './engine-driver';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function assertFirefoxInstalled(): void {
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `Firefox was not found at ${firefoxPath}. The browser tests drive the system Firefox ESR: install it with ` +
        '"sudo apt-get update && sudo apt-get install -y firefox-esr", or set FIREFOX_PATH to a Firefox binary.',
    );
  }
}

type BidiEvent = { method: string; params: Record<string, unknown> };
type BidiReply = { id: number; type: 'success' | 'error'; result?: unknown; error?: string; message?: string };

/** One BiDi connection: commands answered by id, events passed to `onEvent`. */
function bidiSession(url: string, onEvent: (event: BidiEvent) => void) {
  const socket = new WebSocket(url);
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Partial<BidiReply> & Partial<BidiEvent>;
    if (typeof message.id === 'number') {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'error') waiting?.reject(new Error(`${message.error}: ${message.message}`));
      else waiting?.resolve(message.result);
    } else if (message.method) onEvent(message as BidiEvent);
  });
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    opened,
    send<T>(method: string, params: Record<string, unknown>): Promise<T> {
      const id = (nextId += 1);
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    close: () => socket.close(),
  };
}

/** Starts Firefox and resolves with the address of its BiDi socket, printed on stderr once it listens. */
function startFirefox(profile: string) {
  const child = spawn(
    firefoxPath,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const address = new Promise<string>((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before listening:\n${output}`)));
  });
  return { child, address };
}

export const firefoxEngine: Engine = {
  name: 'Firefox',
  async launch({ baseUrl, colorScheme = 'light' }) {
    assertFirefoxInstalled();
    const profile = mkdtempSync(join(tmpdir(), 'jj-wiki-firefox-'));
    writeFileSync(
      join(profile, 'user.js'),
      `user_pref("ui.systemUsesDarkTheme", ${colorScheme === 'dark' ? 1 : 0});\n` +
        'user_pref("browser.shell.checkDefaultBrowser", false);\n',
    );
    const { child, address } = startFirefox(profile);
    const errors: string[] = [];
    const bidi = bidiSession(`${await address}/session`, ({ method, params }) => {
      if (method === 'log.entryAdded' && params.level === 'error') errors.push(String(params.text));
    });
    await bidi.opened;
    await bidi.send('session.new', { capabilities: {} });
    await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
    const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    const context = tree.contexts[0]?.context;
    if (!context) throw new Error('Firefox opened no page');
    await bidi.send('browsingContext.setViewport', { context, viewport: { width: 1280, height: 900 } });

    /** Calls `fn` in the page with `args` (a returned promise is awaited) and returns its JSON result. */
    const call = async <T>(fn: string, ...args: unknown[]): Promise<T> => {
      const reply = await bidi.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>(
        'script.callFunction',
        {
          functionDeclaration: `async (...args) => JSON.stringify(await (${fn})(...args)) ?? 'null'`,
          arguments: args.map((value) => ({ type: 'string', value: JSON.stringify(value) })),
          target: { context },
          awaitPromise: true,
        },
      );
      if (reply.type === 'exception') throw new Error(reply.exceptionDetails?.text ?? 'the page threw');
      return JSON.parse(reply.result?.value ?? 'null') as T;
    };
    /** Waits for an element, then focuses it; the page's own wait, polling each frame for up to 20 s. */
    const focus = (selector: string) =>
      call<void>(
        `async (selectorJson) => {
          const selector = JSON.parse(selectorJson);
          const until = Date.now() + 20000;
          let element;
          while (!(element = document.querySelector(selector))) {
            if (Date.now() > until) throw new Error('no element matches ' + selector);
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
          element.scrollIntoView({ block: 'center' });
          element.focus();
        }`,
        selector,
      );
    const keys = (values: string[]) =>
      bidi.send('input.performActions', {
        context,
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: values.flatMap((value) => [
              { type: 'keyDown', value },
              { type: 'keyUp', value },
            ]),
          },
        ],
      });
    const enter = '\uE007';
    return {
      goto: async (path) =>
        void (await bidi.send('browsingContext.navigate', {
          context,
          url: new URL(path, baseUrl).href,
          wait: 'complete',
        })),
      reload: async () => void (await bidi.send('browsingContext.reload', { context, wait: 'complete' })),
      click: async (selector) => {
        await focus(selector);
        // A real pointer click at the element's centre, as a fan's.
        const box = await call<{ x: number; y: number }>(
          `(selectorJson) => {
            const rect = document.querySelector(JSON.parse(selectorJson)).getBoundingClientRect();
            return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) };
          }`,
          selector,
        );
        await bidi.send('input.performActions', {
          context,
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              actions: [
                { type: 'pointerMove', x: box.x, y: box.y },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ],
        });
      },
      fill: async (selector, text) => {
        await focus(selector);
        await call<void>(`(selectorJson) => document.querySelector(JSON.parse(selectorJson)).select?.()`, selector);
        await keys([...text]);
      },
      pressEnter: async (selector) => {
        await focus(selector);
        await keys([enter]);
      },
      evaluate: (script) => call(script.toString()),
      takeConsoleErrors: async () => errors.splice(0),
      screenshot: async (file) => {
        const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
        writeFileSync(file, Buffer.from(data, 'base64'));
      },
      close: async () => {
        await bidi.send('session.end', {}).catch(() => undefined);
        bidi.close();
        child.kill();
        await new Promise((resolve) => child.once('exit', resolve));
        rmSync(profile, { recursive: true, force: true });
      },
    };
  },
};
