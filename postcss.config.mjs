// Tailwind v3 (Tremor 3 needs it) through PostCSS; Turbopack and webpack both read this file.
const config = {
  plugins: {
    tailwindcss: {},
    autoprefixer: {},
  },
};

export default config;
