// The shared user journeys (journeys/journeys.ts) in Chromium; the same ones run in Firefox from
// tests/e2e/firefox/journeys.test.ts.
import { chromiumDriver } from './journeys/chromium';
import { JOURNEY_PAGES, journeys } from './journeys/journeys';

journeys(() => chromiumDriver(JOURNEY_PAGES));
