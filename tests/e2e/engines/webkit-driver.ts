// WebKitGTK (Debian's webkit2gtk-driver) behind the cross-engine driver: MiniBrowser through WebKitWebDriver over
// classic WebDriver with selenium-webdriver, on its own Xvfb display. Classic WebDriver cannot read the console, and
// MiniBrowser in automation mode keeps it to itself, so the driver records page errors with a script it adds to each
// page after load, and `webkitConsoleErrorsOnLoad` reads the engine's own console (CSP messages included) through the
// Web Inspector of a plain MiniBrowser.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { Builder, By, Key, until, type WebDriver } from 'selenium-webdriver';
import WebSocket from 'ws';
import type { Engine } from './engine-driver';

const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const webDriverPath = '/usr/bin/WebKitWebDriver';
const xvfbPath = '/usr/bin/Xvfb';
const waitTimeout = 20_000;

export function assertWebKitInstalled(): void {
  const missing = [webDriverPath, miniBrowserPath, xvfbPath].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `WebKitGTK's test tools were not found (${missing.join(', ')}). The browser tests drive WebKitGTK's MiniBrowser through ` +
        'WebKitWebDriver on a virtual display: install them with "sudo apt-get update && sudo apt-get install -y webkit2gtk-driver xvfb".',
    );
  }
}

async function retry<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + waitTimeout;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something listens on `port`. */
const listening = (port: number) =>
  retry(
    () =>
      new Promise<void>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.end();
          resolve();
        });
        socket.on('error', reject);
      }),
  );

/** Starts Xvfb on the first free display (it writes the number to fd 3 once it accepts clients). */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
    xvfb.stdio[3]?.once('data', (data: Buffer) => resolve({ display: `:${data.toString().trim()}`, process: xvfb }));
  });
}

declare global {
  interface Window {
    engineErrors?: string[];
  }
}

/** Runs in each new document: records uncaught errors, unhandled rejections and console.error calls. */
function recordPageErrors() {
  if (window.engineErrors) return;
  const errors: string[] = [];
  window.engineErrors = errors;
  window.addEventListener('error', (event) => errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(`Unhandled rejection: ${String(event.reason)}`));
  const consoleError = console.error.bind(console);
  console.error = (...values: unknown[]) => {
    errors.push(values.map(String).join(' '));
    consoleError(...values);
  };
}

const takePageErrors = () => window.engineErrors?.splice(0) ?? [];

export const webkitEngine: Engine = {
  name: 'WebKit',
  async launch({ baseUrl, colorScheme = 'light' }) {
    assertWebKitInstalled();
    const xvfb = await startXvfb();
    const driverPort = await freePort();
    // WebKitWebDriver starts MiniBrowser, which inherits its display.
    const driverProcess = spawn(webDriverPath, [`--port=${driverPort}`], {
      env: { ...process.env, DISPLAY: xvfb.display },
      stdio: 'ignore',
    });
    const stop = () => {
      driverProcess.kill();
      xvfb.process.kill();
    };
    let driver: WebDriver;
    try {
      await listening(driverPort);
      const browserOptions = {
        binary: miniBrowserPath,
        args: ['--automation', ...(colorScheme === 'dark' ? ['--dark-mode'] : [])],
      };
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${driverPort}`)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': browserOptions })
        .build();
      await driver.manage().window().setRect({ width: 1280, height: 900 });
    } catch (error) {
      stop();
      throw error;
    }
    const errors: string[] = [];
    /** Keeps what the current document recorded, runs `navigation`, then records in the new document. */
    const navigate = async (navigation: () => Promise<void>) => {
      errors.push(...(await driver.executeScript<string[]>(takePageErrors).catch(() => [])));
      await navigation();
      await driver.executeScript(recordPageErrors);
    };
    const element = (selector: string) => driver.wait(until.elementLocated(By.css(selector)), waitTimeout);
    return {
      goto: (path) => navigate(() => driver.get(new URL(path, baseUrl).href)),
      reload: () => navigate(() => driver.navigate().refresh()),
      click: async (selector) => (await element(selector)).click(),
      fill: async (selector, text) => {
        const field = await element(selector);
        await field.clear();
        await field.sendKeys(text);
      },
      pressEnter: async (selector) => (await element(selector)).sendKeys(Key.ENTER),
      evaluate: (script) => driver.executeScript(script),
      takeConsoleErrors: async () => [...errors.splice(0), ...(await driver.executeScript<string[]>(takePageErrors))],
      screenshot: async (file) => writeFileSync(file, await driver.takeScreenshot(), 'base64'),
      close: async () => {
        await driver.quit().catch(() => undefined);
        stop();
      },
    };
  },
};

type InspectorMessage = {
  id?: number;
  method?: string;
  params?: { targetInfo?: { targetId: string }; message?: string };
  result?: { result?: { value?: unknown } };
};

/**
 * Opens `url` in a plain MiniBrowser (fresh private profile) with its Web Inspector served over HTTP, waits until the page's h1
 * reads `heading`, and returns the console errors the engine logged meanwhile, its own included (an unknown CSP directive, a
 * refused load), which no script in the page can see.
 */
export async function webkitConsoleErrorsOnLoad(url: string, heading: string): Promise<string[]> {
  assertWebKitInstalled();
  const xvfb = await startXvfb();
  const inspectorPort = await freePort();
  const browser = spawn(miniBrowserPath, ['--private', url], {
    env: { ...process.env, DISPLAY: xvfb.display, WEBKIT_INSPECTOR_HTTP_SERVER: `127.0.0.1:${inspectorPort}` },
    stdio: 'ignore',
  });
  let socket: WebSocket | undefined;
  try {
    const socketPath = await retry(async () => {
      const listing = await (await fetch(`http://127.0.0.1:${inspectorPort}/`)).text();
      const path = /'(\/socket\/\d+\/\d+\/WebPage)'/.exec(listing)?.[1];
      if (!path) throw new Error('MiniBrowser lists no inspectable page');
      return path;
    });
    const inspector = new WebSocket(`ws://127.0.0.1:${inspectorPort}${socketPath}`);
    socket = inspector;
    const errors: string[] = [];
    const replies = new Map<number, (value: unknown) => void>();
    let targetId: string | undefined;
    let nextId = 0;
    /** Sends a command to the page target and resolves with its result's value. */
    const send = (method: string, params: object = {}) =>
      new Promise<unknown>((resolve) => {
        const id = ++nextId;
        replies.set(id, resolve);
        inspector.send(
          JSON.stringify({
            id: ++nextId,
            method: 'Target.sendMessageToTarget',
            params: { targetId, message: JSON.stringify({ id, method, params }) },
          }),
        );
      });
    const targetReady = new Promise<void>((resolve) =>
      inspector.on('message', (data) => {
        const { method, params } = JSON.parse(String(data)) as InspectorMessage;
        if (method === 'Target.targetCreated' && params?.targetInfo) {
          targetId = params.targetInfo.targetId;
          resolve();
        }
        if (method !== 'Target.dispatchMessageFromTarget' || !params?.message) return;
        const inner = JSON.parse(params.message) as InspectorMessage & {
          params?: { message?: { level: string; text: string } };
        };
        if (inner.method === 'Console.messageAdded' && inner.params?.message?.level === 'error')
          errors.push(inner.params.message.text.trim());
        if (inner.id !== undefined) replies.get(inner.id)?.(inner.result?.result?.value);
      }),
    );
    await targetReady;
    // The console replays what the page logged before it was enabled.
    await send('Console.enable');
    await retry(async () => {
      const text = await send('Runtime.evaluate', {
        expression: "document.querySelector('h1')?.textContent ?? ''",
        returnByValue: true,
      });
      if (text !== heading) throw new Error(`The page's h1 reads "${String(text)}", not "${heading}"`);
    });
    return errors;
  } finally {
    socket?.close();
    browser.kill();
    xvfb.process.kill();
  }
}
