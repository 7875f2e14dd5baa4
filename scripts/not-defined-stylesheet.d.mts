import type { Plugin } from 'vite';

export function notDefinedStylesheet(): Plugin;
