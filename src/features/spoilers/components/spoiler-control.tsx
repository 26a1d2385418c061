// The header's spoiler control ("I have watched: …") and the one-time question on the first visit. Both show the stored
// level: a choice shows only once it is stored, and a failed save says so beside the control, naming the level still in
// force.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Notice } from '../../../components/notice';
import { describeWriteError } from '../../../lib/write-error';
import { useSaveSpoilerChoice } from '../api/save-spoiler-choice';
import { spoilerSettingQueryOptions, type SpoilerChoice } from '../api/spoiler-setting-query';

const choices: { value: SpoilerChoice; label: string }[] = [
  { value: 0, label: 'Nothing yet' },
  { value: 1, label: 'Season 1' },
  { value: 'all', label: 'Everything' },
];

const labelOf = (choice: SpoilerChoice) => choices.find((entry) => entry.value === choice)?.label ?? String(choice);

function SaveFailure({ save, stored }: { save: ReturnType<typeof useSaveSpoilerChoice>; stored: SpoilerChoice }) {
  if (!save.isError || save.variables === undefined) return null;
  return (
    <span className="write-error spoiler-error" role="alert">
      “{labelOf(save.variables)}” was not saved ({describeWriteError(save.error)}); still showing spoilers for:{' '}
      {labelOf(stored)}.
    </span>
  );
}

export function SpoilerControl() {
  const { data: setting } = useSuspenseQuery(spoilerSettingQueryOptions());
  const save = useSaveSpoilerChoice();
  return (
    <div className="spoiler-control">
      <label htmlFor="spoiler-level">Watched</label>
      <select
        id="spoiler-level"
        aria-label="I have watched"
        value={String(setting.choice)}
        disabled={save.isPending}
        onChange={(event) => save.mutate(event.target.value === 'all' ? 'all' : (Number(event.target.value) as 0 | 1))}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={String(choice.value)}>
            {choice.label}
          </option>
        ))}
      </select>
      <SaveFailure save={save} stored={setting.choice} />
    </div>
  );
}

export function SpoilerQuestion() {
  const { data: setting } = useSuspenseQuery(spoilerSettingQueryOptions());
  const save = useSaveSpoilerChoice();
  if (setting.asked) return null;
  return (
    <Notice className="spoiler-question">
      <span>
        <strong>How far have you watched?</strong> The wiki hides what would spoil the rest. Until you choose, spoilers
        are hidden.
      </span>
      <span className="spoiler-question-choices" role="group" aria-label="I have watched">
        {choices.map((choice) => (
          <button
            key={choice.label}
            type="button"
            className="button button-quiet"
            disabled={save.isPending}
            onClick={() => save.mutate(choice.value)}
          >
            {choice.label}
          </button>
        ))}
        <button
          type="button"
          className="button-link"
          disabled={save.isPending}
          onClick={() => save.mutate(setting.choice)}
        >
          Not now
        </button>
      </span>
      <SaveFailure save={save} stored={setting.choice} />
    </Notice>
  );
}
