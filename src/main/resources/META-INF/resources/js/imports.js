// Import: drop a TMX or glossary file, read the dry-run report, confirm, watch the progress.
export function start() {
}
