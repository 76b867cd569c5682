import type { ReactNode } from "react";

/** A grey placeholder block in the shape of content still loading; hidden from screen readers. */
export function Skeleton({ className }: { className: string }) {
  return <div aria-hidden="true" className={`motion-safe:animate-pulse rounded bg-line ${className}`} />;
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
