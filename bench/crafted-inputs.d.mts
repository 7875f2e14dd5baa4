/** Inputs made to cost a parser time (see crafted-inputs.mjs). */
export declare const CRAFTED_INPUTS: { name: string; body: () => string }[];
