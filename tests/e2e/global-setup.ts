// Before the browser tests: checks that Chromium is installed and serves the production build; after them, stops the server.
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './browser';
import { startPreviewServer } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  assertChromiumInstalled();
  const server = await startPreviewServer();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
