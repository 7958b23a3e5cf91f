import { render } from 'preact';
import { App } from './ui/App';
import { RootBoundary } from './ui/components/Recovery';
import { registerServiceWorker } from './pwa/register';
import './ui/styles.css';

render(
  <RootBoundary>
    <App />
  </RootBoundary>,
  document.getElementById('app')!,
);
void registerServiceWorker();
