/** Markdown as the tests read the guides and READMEs: the code of their fenced blocks, and their sections. */

/** The code of every block fenced as ```` ```language ```` (fences at the start of a line), in order. */
export const codeBlocks = (markdown: string, language: string): string[] =>
  [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((match) => match[1]!);

/** The text below the heading `## <heading>`, up to the next `## `; an error when there is no such heading. */
export function markdownSection(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  if (start < 0) throw new Error(`no section "## ${heading}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}
