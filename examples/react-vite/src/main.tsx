import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <news-list>, <news-article> and <weather-badge> once, before React renders them.
import 'news-widgets/define';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
