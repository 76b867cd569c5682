/** Tailwind 4 runs as a single PostCSS plugin; autoprefixing and imports are built in. */
const config = {
  plugins: {
    "@tailwindcss/postcss": {},
  },
};

export default config;
