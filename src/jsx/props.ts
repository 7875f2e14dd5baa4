// JSX props of the library's elements, for every framework alike; react.ts and preact.ts add each framework's own
// attributes. Everything is derived from the element classes, so a new property or element needs no edit here.
import type { LitElement } from 'lit';
import type { Feed } from '../data/types.js';
import type { NewsItemDetail } from '../elements/shared/events-map.js';
import type { NewsElement, NewsErrorDetail } from '../elements/shared/news-element.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- matching any NewsElement, whatever it shows */

/** The library's tags among those the program registers: importing `news-widgets/define`, or an element's `/define`, adds them. */
export type NewsWidgetTag = {
  [Tag in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[Tag] extends NewsElement<any, any> ? Tag : never;
}[keyof HTMLElementTagNameMap];

/** What an element shows, and so what its `news-load` carries: a `Feed`, a `FeedItem`, `CurrentWeather`. */
export type Shown<Element> = Element extends NewsElement<infer Detail, any> ? Detail : never;

/** `windUnit` → `wind-unit`: the elements name the attribute of a multi-word property in kebab case. */
type Kebab<Name extends string> = Name extends `${infer First}${infer Rest}`
  ? `${First extends Lowercase<First> ? First : `-${Lowercase<First>}`}${Kebab<Rest>}`
  : Name;

/** Settable public properties: the element's own and the shared ones, not what it reports (`state`, `stale`) or methods. */
type Settable<Element> = {
  [Key in Exclude<keyof Element, keyof LitElement | 'state' | 'stale'> as Element[Key] extends (...args: never[]) => unknown ? never : Key]: Element[Key];
};

/**
 * Props of one element: each property by its name (React 19 and Preact set it as a property), and the same setting by
 * its attribute name where that differs (`wind-unit`, set as an attribute, as in HTML and in server rendering), and
 * the library's events as `on` + event name, which React 19 and Preact add as listeners.
 */
export type NewsWidgetProps<Element> = { [Key in keyof Settable<Element>]?: Settable<Element>[Key] } & {
  [Key in keyof Settable<Element> & string as Kebab<Key> extends Key ? never : Kebab<Key>]?: Settable<Element>[Key] | string;
} & {
  /** The class attribute (React also takes `className`). */
  class?: string;
  'onnews-load'?: (event: CustomEvent<Shown<Element>>) => void;
  'onnews-error'?: (event: CustomEvent<NewsErrorDetail>) => void;
} & (Shown<Element> extends Feed
    ? {
        'onnews-select'?: (event: CustomEvent<NewsItemDetail>) => void;
        'onnews-impression'?: (event: CustomEvent<NewsItemDetail>) => void;
      }
    : unknown);
