// Shared by the JSON readers (JSON Feed, WordPress REST, articles, Open-Meteo).
import { parseError } from './parse-error.js';

export type JsonObject = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON text, or throws a `parse` error naming the address. */
export function parseJson(text: string, url?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw parseError(url, 'is not valid JSON', cause);
  }
}
