import { renderPlaceholder } from './render-placeholder.js';

const root = document.getElementById('app');
if (root) root.innerHTML = renderPlaceholder();
