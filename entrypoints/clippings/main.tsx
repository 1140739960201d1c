import { render } from 'preact';

render(<p>Wenzhai</p>, document.getElementById('app')!);
