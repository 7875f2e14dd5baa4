// Storybook's controls and Docs tables of an element, from custom-elements.json. Storybook's own reading of the
// manifest makes a control of every member (private ones too, when the manifest had them) and keys parts, slots
// and custom properties by their bare names, so a part named like an attribute (`heading`) replaces that
// attribute's control. Here only attributes get controls, keyed by their property's name as the stories' args are;
// events, parts, custom properties and slots are listed in the table under keys of their own, without controls.
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from 'virtual:custom-elements-manifest';

interface Described {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
}

/** Attributes the element reports rather than takes (docs: "Observable states"): they get no control. */
const REPORTED = new Set(['state', 'stale']);

/** An attribute a story can set, by the key of its arg (the property's name) and its name in HTML. */
export interface SettableAttribute {
  key: string;
  name: string;
  type: string;
  description: string;
  default: string | undefined;
}

function declarationOf(tag: string): Record<string, unknown> | undefined {
  return manifest.modules.flatMap(module => module.declarations ?? []).find(declaration => declaration.tagName === tag);
}

const listed = (tag: string, kind: string): Described[] => (declarationOf(tag)?.[kind] as Described[] | undefined) ?? [];

/** The attributes of `tag` that a page may set, in the manifest's order. */
export function settableAttributes(tag: string): SettableAttribute[] {
  return listed(tag, 'attributes')
    .filter(attribute => !REPORTED.has(attribute.name))
    .map(attribute => ({
      key: attribute.fieldName ?? attribute.name,
      name: attribute.name,
      type: attribute.type?.text ?? 'string',
      description: attribute.description ?? '',
      default: attribute.default,
    }));
}

/** `'auto' | 'light' | 'dark'` → its values; null for any other type. */
function literalUnion(type: string): string[] | null {
  const members = type.split('|').map(member => member.trim());
  return members.every(member => /^'[^']*'$/.test(member)) ? members.map(member => member.slice(1, -1)) : null;
}

function controlFor({ type }: SettableAttribute): ArgTypes[string]['control'] {
  if (type === 'boolean') return 'boolean';
  if (type === 'number') return 'number';
  const options = literalUnion(type);
  return options ? { type: 'inline-radio' } : 'text';
}

/** Storybook's `docs.extractArgTypes` for our elements. */
export function argTypesFor(tag: string): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const attribute of settableAttributes(tag)) {
    argTypes[attribute.key] = {
      name: attribute.name,
      description: attribute.description,
      control: controlFor(attribute),
      ...(literalUnion(attribute.type) && { options: literalUnion(attribute.type)! }),
      table: { category: 'attributes', type: { summary: attribute.type }, defaultValue: attribute.default === undefined ? undefined : { summary: attribute.default } },
    };
  }
  const listOnly = (kind: string, category: string, prefix: string) => {
    for (const item of listed(tag, kind)) {
      argTypes[`${prefix}:${item.name || 'default'}`] = {
        name: item.name || '(default)',
        description: item.description,
        control: false,
        table: { category, ...(item.type?.text && { type: { summary: item.type.text } }) },
      };
    }
  };
  listOnly('events', 'events', 'event');
  listOnly('cssParts', 'css shadow parts', 'part');
  listOnly('cssProperties', 'css custom properties', 'css');
  listOnly('slots', 'slots', 'slot');
  return argTypes;
}
