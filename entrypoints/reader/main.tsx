// The reader page's entry: starts the worker and asks for the article (early.ts), then loads the
// interface. The stylesheet is imported here so it is linked from the page's head as before.
import './early';
import './style.css';

void import('./app');
