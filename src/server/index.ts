export { renderWidgets, type RenderOptions } from './render.js';
