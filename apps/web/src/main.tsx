import './styles/app.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// What govuk-frontend's inline snippet would do; the CSP allows no inline scripts, so it is here.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
