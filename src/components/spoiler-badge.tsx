// Marks content that reveals a season's plot, so a fan sees the warning before the words.
export function SpoilerBadge({ season }: { season?: number }) {
  if (season === undefined) return null;
  return <span className="badge badge-spoiler">Spoiler · Season {season}</span>;
}
