// Firefox ESR restarted on the same profile keeps the clippings and the vocabulary (IndexedDB of the
// add-on's origin) and the settings (storage.local); the add-on stays installed, as a user's would.
import { firefoxDriver } from '../journeys/firefox';
import { JOURNEY_PAGES, restartJourney } from '../journeys/journeys';

restartJourney(() => firefoxDriver(JOURNEY_PAGES));
