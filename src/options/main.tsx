import { render } from 'preact';

render(<h1>Sopan</h1>, document.getElementById('app')!);
