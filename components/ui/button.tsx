import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";

const BOXED: ("primary" | "secondary" | "danger" | "danger-outline" | "ghost")[] = [
  "primary",
  "secondary",
  "danger",
  "danger-outline",
  "ghost",
];

/**
 * Every button look in one table. Use `Button` for a <button>, and `buttonVariants(…)` for a link that should look
 * like one (`<Link className={buttonVariants({ variant: "primary" })}>`). `className` is for layout (margins,
 * width), never for colours or sizes: add a variant instead.
 */
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md font-medium transition-colors disabled:opacity-60 aria-disabled:opacity-60",
  {
    variants: {
      variant: {
        /** The one main action of a form or page. */
        primary: "bg-accent text-white shadow-xs hover:bg-accent/90",
        /** Everything else: cancel, clone, filters, row actions. */
        secondary: "border border-line-strong bg-surface text-ink hover:bg-canvas",
        /** Confirms something that cannot be undone (inside its confirm dialog). */
        danger: "bg-danger text-white shadow-xs hover:bg-danger/90",
        /** Opens the confirm step of something that cannot be undone. */
        "danger-outline": "border border-danger/40 bg-surface text-danger hover:bg-danger-soft",
        /** Quiet chrome, e.g. the header's sign-out. */
        ghost: "border border-line text-ink-muted hover:bg-canvas hover:text-ink",
        /** Inline text action. */
        link: "text-accent underline underline-offset-2 hover:no-underline",
      },
      size: {
        /** Table rows and dense toolbars. */
        sm: "text-xs",
        md: "text-sm",
        /** Submit of a long form, sign-in. */
        lg: "text-sm",
      },
    },
    // Padding only for boxed buttons: a link-style button sits in running text. (Two padding classes on one element
    // would leave the winner to the stylesheet's order.)
    compoundVariants: [
      { variant: BOXED, size: "sm", className: "px-2.5 py-1" },
      { variant: BOXED, size: "md", className: "px-3 py-1.5" },
      { variant: BOXED, size: "lg", className: "px-4 py-2" },
    ],
    defaultVariants: { variant: "secondary", size: "md" },
  },
);

export type ButtonVariantProps = VariantProps<typeof buttonVariants>;

/**
 * A <button> with a look from `buttonVariants`. It defaults to `type="button"`, so a button inside a form never
 * submits it by accident; pass `type="submit"` for the one that should.
 */
export function Button({
  variant,
  size,
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & ButtonVariantProps) {
  return <button type={type} className={buttonVariants({ variant, size, className })} {...props} />;
}
