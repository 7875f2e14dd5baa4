import type { ComplexAttributeConverter } from 'lit';

/**
 * An attribute holding a whole number in [min, max]. A number beyond the range reads as the nearest bound
 * (`limit="500"` asks for as many as there may be, so it gets the most); junk, fractions and missing values read
 * as `fallback`, so a typo in a CMS template never breaks the widget.
 */
export function integerAttribute(fallback: number, min: number, max: number): ComplexAttributeConverter<number> {
  return {
    fromAttribute(value: string | null): number {
      if (value === null || value.trim() === '') return fallback;
      const parsed = Number(value);
      if (parsed === Infinity || parsed === -Infinity) return parsed > 0 ? max : min;
      return Number.isInteger(parsed) ? Math.min(max, Math.max(min, parsed)) : fallback;
    },
    toAttribute(value: number): string {
      return String(value);
    },
  };
}

/** An attribute with a fixed set of values; anything else reads as `fallback`. */
export function enumAttribute<T extends string>(values: readonly T[], fallback: T): ComplexAttributeConverter<T> {
  return {
    fromAttribute(value: string | null): T {
      const normalized = value?.trim().toLowerCase();
      return values.find(candidate => candidate === normalized) ?? fallback;
    },
    toAttribute(value: T): string {
      return value;
    },
  };
}

/** A decimal number attribute; a missing or junk value reads as NaN, for the element to report. */
export const numberAttribute: ComplexAttributeConverter<number> = {
  fromAttribute(value: string | null): number {
    return value === null || value.trim() === '' ? Number.NaN : Number(value);
  },
  toAttribute(value: number): string {
    return String(value);
  },
};
