// The few things the cross-engine scenarios do to a browser, so one scenario list drives Chromium, Firefox and WebKit
// alike.

/**
 * One browser with one page, started with an empty profile. Selectors are CSS; `goto` takes a path on the wiki's
 * origin.
 */
export interface EngineDriver {
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Waits for the element, then clicks it. */
  click(selector: string): Promise<void>;
  /** Waits for the field, then types `text` into it as a fan would. */
  fill(selector: string, text: string): Promise<void>;
  pressEnter(selector: string): Promise<void>;
  /** Runs `script` in the page (a returned promise is awaited) and returns its result. */
  evaluate<T>(script: () => T | Promise<T>): Promise<T>;
  /** The console errors and uncaught page errors logged since the last call, then forgets them. */
  takeConsoleErrors(): Promise<string[]>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export type EngineOptions = { baseUrl: string; colorScheme?: 'light' | 'dark' };

export type Engine = { name: string; launch(options: EngineOptions): Promise<EngineDriver> };
