// QA: run the checks on a memory and review the findings.
export function start() {
}
