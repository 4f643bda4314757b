import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import '@fontsource-variable/literata';
import './styles/tokens.css';
import './styles/layout.css';
import './styles/reader.css';
import './styles/reader-blocks.css';
import './styles/controls.css';
import './styles/dialogs.css';
import './styles/highlights.css';
import './styles/find.css';
import './styles/panel.css';
import './styles/panel-lists.css';
import './styles/tags.css';
import './styles/filter.css';
import './styles/backups.css';
import './styles/exports.css';
import './styles/cards.css';
import './styles/review.css';
import './styles/card-forms.css';
import './styles/palette.css';
import './styles/search.css';
import './styles/library.css';
import './styles/codebook.css';
import './styles/imports.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
