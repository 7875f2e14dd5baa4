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
