import type { Plugin } from 'vite';

export function minifiedSheet(): string;

export function notDefinedStylesheet(): Plugin;
