import type { ReactNode } from "react";

const shapes = {
  line: "rounded bg-line",
  pill: "rounded-full bg-line/70",
  card: "rounded-card border border-line bg-surface",
};

/**
 * A placeholder block in the shape of content still loading, pulsing unless the user asked for reduced motion;
 * hidden from screen readers. `className` gives its size only.
 */
export function Skeleton({ className, shape = "line" }: { className: string; shape?: keyof typeof shapes }) {
  return <div aria-hidden="true" className={`motion-safe:animate-pulse ${shapes[shape]} ${className}`} />;
}

/**
 * A region that may be loading: while `busy`, it is marked aria-busy, announces `label` once through a status
 * message, and shows `placeholder` (skeletons) instead of its children.
 */
export function LoadingRegion({
  busy,
  label,
  placeholder,
  className,
  children,
}: {
  busy: boolean;
  /** What is loading, read out once ("Loading campaigns…"). */
  label: string;
  placeholder?: ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div aria-busy={busy || undefined} className={className}>
      <p role="status" className="sr-only">
        {busy ? label : ""}
      </p>
      {busy ? <div aria-hidden="true">{placeholder}</div> : children}
    </div>
  );
}
