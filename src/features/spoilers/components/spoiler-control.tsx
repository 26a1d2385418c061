// The header's spoiler control ("I have watched: …") and the one-time question on the first visit.
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Notice } from '../../../components/notice';
import { saveSpoilerChoice } from '../api/save-spoiler-choice';
import { spoilerSettingQueryOptions, type SpoilerChoice } from '../api/spoiler-setting-query';

const choices: { value: SpoilerChoice; label: string }[] = [
  { value: 0, label: 'Nothing yet' },
  { value: 1, label: 'Season 1' },
  { value: 'all', label: 'Everything' },
];

export function SpoilerControl() {
  const queryClient = useQueryClient();
  const { data: setting } = useSuspenseQuery(spoilerSettingQueryOptions());
  return (
    <div className="spoiler-control">
      <label htmlFor="spoiler-level">Watched</label>
      <select
        id="spoiler-level"
        aria-label="I have watched"
        value={String(setting.choice)}
        onChange={(event) => void saveSpoilerChoice(queryClient, event.target.value === 'all' ? 'all' : (Number(event.target.value) as 0 | 1))}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={String(choice.value)}>{choice.label}</option>
        ))}
      </select>
    </div>
  );
}

export function SpoilerQuestion() {
  const queryClient = useQueryClient();
  const { data: setting } = useSuspenseQuery(spoilerSettingQueryOptions());
  if (setting.asked) return null;
  return (
    <Notice>
      <span>
        <strong>How far have you watched?</strong> The wiki hides what would spoil the rest. Until you choose, spoilers are hidden.
      </span>
      <span className="spoiler-question-choices" role="group" aria-label="I have watched">
        {choices.map((choice) => (
          <button key={choice.label} type="button" className="button button-quiet" onClick={() => void saveSpoilerChoice(queryClient, choice.value)}>
            {choice.label}
          </button>
        ))}
        <button type="button" className="button-link" onClick={() => void saveSpoilerChoice(queryClient, setting.choice)}>
          Not now
        </button>
      </span>
    </Notice>
  );
}
