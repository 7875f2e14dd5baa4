import type { ComplexAttributeConverter } from 'lit';

/**
 * An attribute holding a whole number in [min, max]. Junk, fractions out of range and missing
 * values read as `fallback`, so a typo in a CMS template never breaks the widget.
 */
export function integerAttribute(fallback: number, min: number, max: number): ComplexAttributeConverter<number> {
  return {
    fromAttribute(value: string | null): number {
      if (value === null || value.trim() === '') return fallback;
      const parsed = Number(value);
      return Number.isInteger(parsed) && parsed >= min && parsed <= max ? parsed : fallback;
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
