import type { Plugin } from 'vite';

export function minifyCss(cssText: string): string;

export function minifiedSheet(): string;

export function notDefinedStylesheet(): Plugin;
