/**
 * Tailwind 4 reads this file only through `@config` in app/globals.css. It lists the sources to scan and the
 * tokens that are easier to express in TypeScript than in CSS (font stacks); colours live in the CSS `@theme`.
 */
import type { Config } from "tailwindcss";

const config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      fontFamily: {
        // CJK fallbacks keep Chinese text in a matching sans face instead of the browser's serif default.
        sans: [
          "Inter",
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "PingFang SC",
          "Hiragino Sans GB",
          "Microsoft YaHei",
          "Noto Sans CJK SC",
          "Noto Sans SC",
          "sans-serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"],
      },
      maxWidth: {
        console: "80rem",
      },
    },
  },
} satisfies Config;

export default config;
