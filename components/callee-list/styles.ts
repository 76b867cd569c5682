import { buttonVariants } from "@/components/ui/button";

/** Buttons of the list input: the kit's looks (components/ui/button.tsx). */
export const secondaryButtonClass = buttonVariants();
export const linkButtonClass = buttonVariants({ variant: "link" });
