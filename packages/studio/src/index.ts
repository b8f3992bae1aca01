export { startStudio } from './server.js';
export type { Studio, StudioOptions } from './server.js';
