/** The frame of each of the live monitor's panels. */
export const panel = "rounded-card border border-line bg-surface px-5 py-5 shadow-xs space-y-4";
