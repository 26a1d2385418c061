// The cross-engine scenarios in Firefox.
import { firefoxEngine } from './firefox-driver';
import { runEngineScenarios } from './scenarios';

runEngineScenarios(firefoxEngine);
