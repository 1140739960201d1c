// The shared user journeys (../journeys/journeys.ts) in Firefox ESR, over WebDriver BiDi.
import { firefoxDriver } from '../journeys/firefox';
import { JOURNEY_PAGES, journeys } from '../journeys/journeys';

journeys(() => firefoxDriver(JOURNEY_PAGES));
