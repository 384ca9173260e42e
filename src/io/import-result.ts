/**
 * What every reader of a file returns: never a thrown error, but problems located in the
 * file and explained in French. `path` is a path in the document
 * (`facilitateurs[3].perimetre[2].code`) or a place in the text (`ligne 4, colonne 7`).
 */
export interface ImportIssue {
  path: string;
  message: string;
}

/** One issue as a line of text: « facilitateurs[3].etp : nombre attendu, trouvé "abc" ». */
export function formatIssue(issue: ImportIssue): string {
  return issue.path ? `${issue.path} : ${issue.message}` : issue.message;
}
