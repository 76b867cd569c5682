"use client";

import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { comboboxKey } from "./combobox-keys";
import { useField, useFieldControl } from "./field";
import { controlClass } from "./field-styles";
import { useAnchoredPopover } from "./use-anchored-popover";

/** Options under an optional heading ("Common time zones"); a single group without a label is a plain list. */
export interface ComboboxGroup<T> {
  key: string;
  label?: string;
  items: readonly T[];
}

export interface ComboboxProps<T> {
  /** The text in the box. The parent decides what it means: the value itself, or a search for one. */
  inputValue: string;
  onInputChange: (text: string) => void;
  /** The options to show now, already narrowed by the parent for `inputValue`. */
  groups: readonly ComboboxGroup<T>[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onSelect: (item: T) => void;
  /** The key of the option the field holds now: highlighted (and scrolled to) when the list opens without typing. */
  selectedKey?: string;
  onBlur?: () => void;
  /** Escape while the list is closed (the pattern's "clear or revert the text"). */
  onEscape?: () => void;
  /** Select the text on focus, so typing replaces it (a search box over a chosen value). */
  selectOnFocus?: boolean;
  id?: string;
  name?: string;
  disabled?: boolean;
  placeholder?: string;
  "aria-describedby"?: string;
  /** The listbox's name when there is no surrounding Field to label it. */
  listLabel?: string;
}

/**
 * An editable combobox with a list popup (ARIA APG pattern): focus stays in the text box, which points at the
 * highlighted option with aria-activedescendant. Typing filters and opens, arrows move (wrapping), Home/End and
 * PageUp/PageDown jump, Enter picks, Escape closes; the highlighted option is always scrolled into view. Inside a
 * `Field` it takes its id, label and descriptions from there. The list lives in the top layer (popover), so no
 * overflow container clips it.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { inputValue, onInputChange, groups, itemKey, renderItem, onSelect, onBlur, onEscape, selectOnFocus } = props;
  const field = useField();
  const control = useFieldControl({ id: props.id, "aria-describedby": props["aria-describedby"] });
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const flat = groups.flatMap((group) => group.items);
  const current = Math.min(active, flat.length - 1);
  const expanded = open && flat.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;
  useAnchoredPopover(inputRef, listRef, expanded);

  useEffect(() => {
    if (!expanded || current < 0) return;
    // "nearest" scrolls the list (and the page only if it must), never centring the option.
    document.getElementById(`${listId}-option-${current}`)?.scrollIntoView({ block: "nearest" });
  }, [expanded, current, listId]);

  const selectedIndex =
    props.selectedKey === undefined ? -1 : flat.findIndex((item) => itemKey(item) === props.selectedKey);
  const openAt = (index: number) => {
    setActive(selectedIndex >= 0 ? selectedIndex : index);
    setOpen(true);
  };
  const pick = (item: T) => {
    onSelect(item);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = comboboxKey(event.key, { open: expanded, active: current, count: flat.length, altKey: event.altKey });
    if (move.type === "none") return;
    if (move.type === "escape-closed") return onEscape?.();
    event.preventDefault();
    if (move.type === "close") return setOpen(false);
    if (move.type === "open") return openAt(move.active);
    setActive(move.active);
    const item = flat[move.active];
    if (move.type === "pick" && item !== undefined) pick(item);
  };

  // Each group's first index in the flat list, which the keys and aria-activedescendant count in.
  const starts = groups.map((_, g) => groups.slice(0, g).reduce((sum, group) => sum + group.items.length, 0));
  const option = (item: T, at: number) => {
    return (
      // The text box keeps focus and handles the keys (aria-activedescendant), as the pattern specifies, so options
      // are neither focusable nor keyed themselves.
      // biome-ignore lint/a11y/useFocusableInteractive: see above.
      // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
      <div
        key={itemKey(item)}
        id={optionId(at)}
        role="option"
        aria-selected={at === current}
        data-value={itemKey(item)}
        data-current={at === selectedIndex || undefined}
        onClick={() => pick(item)}
        onMouseMove={() => at !== current && setActive(at)}
        className={`cursor-pointer px-3 py-2 text-sm data-current:font-medium ${at === current ? "bg-accent/10" : ""}`}
      >
        {renderItem(item)}
      </div>
    );
  };

  return (
    <>
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        name={props.name}
        disabled={props.disabled}
        placeholder={props.placeholder}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && current >= 0 ? optionId(current) : undefined}
        {...control}
        value={inputValue}
        onChange={(event) => {
          onInputChange(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => {
          if (!expanded) openAt(0);
        }}
        onFocus={(event) => {
          if (selectOnFocus) event.currentTarget.select();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
        className={controlClass}
      />
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        popover="manual"
        hidden={!expanded}
        aria-labelledby={field && !props.listLabel ? field.labelId : undefined}
        aria-label={props.listLabel}
        // Keep focus in the text box: a mousedown would blur it and close the list before the click lands.
        onMouseDown={(event) => event.preventDefault()}
        className="fixed inset-auto z-20 m-0 max-h-72 overflow-y-auto rounded-md border border-line-strong bg-surface py-1 text-ink shadow-lg"
      >
        {/* Options exist only while the list is open: a long list (400 time zones) costs nothing until asked for. */}
        {expanded &&
          groups.map((group, g) =>
            group.label ? (
              // biome-ignore lint/a11y/useSemanticElements: an option group inside a listbox is an ARIA group, not a form fieldset.
              <div key={group.key} role="group" aria-labelledby={`${listId}-${group.key}`}>
                <div
                  id={`${listId}-${group.key}`}
                  role="presentation"
                  className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-ink-muted uppercase"
                >
                  {group.label}
                </div>
                {group.items.map((item, i) => option(item, (starts[g] ?? 0) + i))}
              </div>
            ) : (
              group.items.map((item, i) => option(item, (starts[g] ?? 0) + i))
            ),
          )}
      </div>
    </>
  );
}
