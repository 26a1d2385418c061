// The cross-engine scenarios in WebKit, and the engine's own console while pages load (where an unknown CSP directive
// shows).
import { describe, expect, inject, it } from 'vitest';
import { runEngineScenarios } from './scenarios';
import { webkitConsoleErrorsOnLoad, webkitEngine } from './webkit-driver';

runEngineScenarios(webkitEngine);

describe('WebKit: the console while pages load', () => {
  it.each([
    ['/', 'Jessica Jones'],
    ['/characters/kilgrave', 'Kilgrave'],
  ])('logs no error while %s loads', async (path, heading) => {
    expect(await webkitConsoleErrorsOnLoad(new URL(path, inject('baseUrl')).href, heading)).toEqual([]);
  });
});
