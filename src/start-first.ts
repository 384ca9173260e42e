// Evaluated before any other module of the app (it is src/main.tsx's first import, and ES
// modules run in import order): the first view's downloads start, then the map (its worker,
// its style, the communes' tiles) while React and the rest of the app are still being evaluated.
import { startMapEarly } from "./app/early-map.ts";
import { startFirstViewDownloads } from "./io/app-data.ts";

startFirstViewDownloads();
startMapEarly();
