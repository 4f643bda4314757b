/** A choice among the library's card tags, or any tag. */
export function TagSelect({ tags, value, onChange, className }: { tags: string[]; value: string | null; onChange: (tag: string | null) => void; className?: string }) {
  return (
    <label className={className}>
      Tag
      <select aria-label="Tag" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">Any</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
    </label>
  );
}
