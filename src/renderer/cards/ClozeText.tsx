/** A prompt with its cloze gaps ("[...]" or "[...] (city)") drawn as blanks, or filled with the answer once revealed. */
export function ClozeText({ text, answer }: { text: string; answer?: string }) {
  const parts = text.split(/(\[\.\.\.\](?: \([^)]{1,40}\))?)/);
  const firstGap = parts.findIndex((part) => part.startsWith('[...]'));
  return (
    <>
      {parts.map((part, i) => {
        if (!part.startsWith('[...]')) return <span key={i}>{part}</span>;
        const hint = part.length > 5 ? part.slice(7, -1) : '';
        if (answer !== undefined) {
          // A fact can be blanked more than once in its sentence; the first gap names the answer for assistive tech.
          const label = i === firstGap ? 'Answer' : undefined;
          return (
            <mark key={i} className="cloze-answer" aria-label={label}>
              {answer}
            </mark>
          );
        }
        return (
          <span key={i} className="cloze-gap" aria-label={hint ? `blank, ${hint}` : 'blank'}>
            {hint || '…'}
          </span>
        );
      })}
    </>
  );
}
