/** The design tokens as CSS custom properties, written at build time by the theme-css plugin (src/app/build-plugins.ts). */
declare module 'virtual:theme.css';
