// The cross-engine scenarios in Chromium.
import { chromiumEngine } from './chromium-driver';
import { runEngineScenarios } from './scenarios';

runEngineScenarios(chromiumEngine);
