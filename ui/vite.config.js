import { defineConfig } from 'vite';

/**
 * Carbon's precompiled CSS loads IBM Plex from IBM's CDN. A clinical system must not fetch anything from a third
 * party (and many hospitals cannot reach one), so those @font-face rules are dropped here and src/fonts.css
 * declares the faces the app uses from the @ibm/plex packages, bundled with the app.
 */
function noRemoteFonts() {
  return {
    name: 'addonmarket-no-remote-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('@carbon/styles/css/')) {
        return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ''), map: null };
      }
      return null;
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the same build is served at / by the standalone server and under
  // /openmrs/moduleResources/addonmarket/ by OpenMRS.
  base: './',
  plugins: [noRemoteFonts()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: process.env.ADDONMARKET_UI_OUT || 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // Carbon marks its modules "use client" for React Server Components; meaningless in a browser bundle.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
  server: {
    // npm run dev: the API of a standalone server started with the README's run command.
    proxy: { '/ws': 'http://localhost:8080', '/login': 'http://localhost:8080', '/logout': 'http://localhost:8080' },
  },
  test: {
    include: ['src/**/*.test.js'],
  },
});
